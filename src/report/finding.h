// Finding and FileReport: what every reporter prints. One Finding per contradiction; one
// ClaimRecord per extracted claim, whatever its verdict.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "check/check.h"
#include "core/fuzzy_date.h"
#include "extract/rule.h"

namespace factlint {

struct Location {
  std::size_t offset = 0;  // byte offset into the original file
  std::size_t length = 0;  // bytes
  int line = 0;            // 1-based
  int column = 0;          // 1-based, code points
  int end_line = 0;
  int end_column = 0;  // exclusive
};

struct Finding {
  std::string rule;
  std::string rule_description;
  std::string rule_help_uri;  // where the rule is explained (rule_help_uri); may be empty
  std::string kind;
  Severity severity = Severity::kError;
  Location where;
  std::string excerpt;
  std::string message;
  std::string expected;
  std::string found;
  std::string subject;
  bool quoted = false;
  std::vector<Evidence> evidence;
  std::string sentence;  // the claim's words in its sentence; baselines fingerprint them
};

struct ClaimRecord {
  std::string kind;
  std::string rule;
  Location where;
  std::string text;
  std::string subject;
  Verdict verdict = Verdict::kUnverifiable;
  std::string expected;
  std::string note;
  std::string path;       // the dependency path a syntactic pattern matched, else empty
  std::string judged_at;  // the time the claim was judged at, when that matters
  bool negated = false;
  bool quoted = false;
};

struct FileReport {
  std::string path;
  std::optional<Day> published;
  std::string published_from;
  std::vector<ClaimRecord> claims;
  std::vector<Finding> findings;
  std::vector<std::string> notes;               // informational, e.g. "no publication date"
  std::shared_ptr<const std::string> original;  // the file's text, for excerpts and carets
};

struct Summary {
  int files = 0;
  int claims = 0;
  int findings = 0;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
};

Summary summarize(const std::vector<FileReport>& files);

// True if any finding is at or above `threshold`; `threshold` nullopt means never.
bool has_findings_at_or_above(const std::vector<FileReport>& files,
                              std::optional<Severity> threshold);

}  // namespace factlint
