// Internal consistency: one article giving the same fact two values ("the Hamas attack of
// October 7, 2023" ... "the Hamas attack of October 9, 2023"; "Putin, 65," ... "Putin, 68,"),
// judged once all its sentences are checked. No knowledge base needed: it catches what the
// records cannot settle, and never repeats a contradiction the records already flagged.
//
//   std::vector<Statement> said;
//   said.push_back(statement_of(claim, assessment, kb));         // per claim, in text order
//   for (const InternalConflict& c : find_internal_conflicts(said)) ...
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/check.h"

namespace factlint {

// One claim as the article states it, kept after its sentence is gone.
struct Statement {
  std::string fact;                   // what is stated: "age:person-age", "event_date:event-day"
  std::vector<std::string> subjects;  // the entity ids it can be about
  std::optional<Period> period;       // a stated date
  std::optional<double> number;       // a stated number
  std::string value_text;             // as written
  std::size_t begin = 0;              // span in the document text
  std::size_t end = 0;
  Verdict verdict = Verdict::kUnverifiable;  // against the records
  bool quoted = false;
  bool negated = false;
  bool one_fact = true;  // the rule's check states one fact (ClaimCheck::states_one_fact)
};

Statement statement_of(const Claim& claim, const Assessment& assessment, const KnowledgeBase& kb);

struct InternalConflict {
  std::size_t later;    // index of the statement flagged
  std::size_t earlier;  // index of the statement it conflicts with
  std::string message;
  std::string expected;
  std::string found;
  std::string subject;
};

// Each statement that gives a fact a value the article already gave differently: the earlier
// value stands unless the records contradict it. Statements the records settle are left alone.
std::vector<InternalConflict> find_internal_conflicts(const std::vector<Statement>& said,
                                                      const KnowledgeBase& kb);

}  // namespace factlint
