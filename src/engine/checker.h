// Checker: the whole pipeline for one document, over a knowledge base and rules loaded once.
//
//   Checker checker(kb, rules);
//   FileReport report = checker.check(std::move(doc), {});   // const, safe from many threads
#pragma once

#include <atomic>
#include <cstddef>
#include <memory>
#include <optional>

#include "extract/rule.h"
#include "knowledge/knowledge_base.h"
#include "read/document.h"
#include "recognise/time_expressions.h"
#include "report/finding.h"

namespace factlint {

struct RunOptions {
  std::optional<Day> date_override;  // --date
  NumericDateOrder numeric_order = NumericDateOrder::kMonthDayYear;
  Direction direction = Direction::kTense;
  // Set by whoever gave up waiting (the server's time limit): the check stops at the next
  // sentence and returns what it has, with a note.
  std::shared_ptr<const std::atomic<bool>> cancel;
};

// Bounds on one document, so that no input can hold a worker for long: a longer sentence is
// not read for claims, and text past the document limit is not checked; each with a note.
inline constexpr std::size_t kMaxSentenceBytes = 4000;
inline constexpr std::size_t kMaxDocumentBytes = 8u << 20;

class Checker {
 public:
  Checker(std::shared_ptr<const KnowledgeBase> kb, std::shared_ptr<const RuleSet> rules)
      : kb_(std::move(kb)), rules_(std::move(rules)) {}

  FileReport check(Document doc, const RunOptions& options) const;

  const KnowledgeBase& knowledge() const { return *kb_; }
  const RuleSet& rules() const { return *rules_; }

 private:
  std::shared_ptr<const KnowledgeBase> kb_;
  std::shared_ptr<const RuleSet> rules_;
};

}  // namespace factlint
