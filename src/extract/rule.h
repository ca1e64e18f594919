// Rule: how a kind of claim is recognised (RE2 patterns over typed slots, or syntactic
// patterns over the dependency parse) and which check judges it. Rules are YAML (SPEC.md,
// "Rules"); see rules/README.md for the slot list and the syntactic patterns.
//
//   Diagnostics diags;
//   RuleSet rules = load_rules({"rules/"}, diags);   // errors name file:line
//   for (const Rule& r : rules.rules) ...
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/fuzzy_date.h"
#include "extract/syntax_pattern.h"

namespace re2 {
class RE2;
}

namespace factlint {

class ClaimCheck;

enum class Severity { kError, kWarning, kInfo };
const char* severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view name);

struct RuleExample {
  std::string text;
  std::optional<Day> date;
  bool expect_flag = false;
  SourcePosition where;
};

struct RulePattern {
  std::string source;                   // as written, with {slots}
  std::shared_ptr<const re2::RE2> re;   // compiled over the masked sentence
  std::vector<std::string> slot_names;  // capture group i+1 holds slot_names[i]
  std::vector<std::string> slot_types;
  SourcePosition where;
};

struct Rule {
  std::string id;
  std::string kind;
  Severity severity = Severity::kError;
  std::string description;
  std::string message;
  std::string report_slot;                     // the slot whose span a finding points at
  std::vector<RulePattern> patterns;           // over the masked sentence
  std::vector<SyntaxPattern> syntax_patterns;  // over the dependency parse
  std::shared_ptr<const ClaimCheck> check;
  std::vector<RuleExample> examples;
  SourcePosition where;
};

struct RuleSet {
  std::vector<Rule> rules;
  const Rule* find(std::string_view id) const;
};

// Loads rule files or directories (recursively). A later definition of the same id replaces an
// earlier one, so --rules layers over the defaults.
RuleSet load_rules(const std::vector<std::string>& paths, Diagnostics& diags);

// Where to read what a rule checks: its YAML in the repository the build names
// (-DFACTLINT_REPOSITORY_URL=...) at this version, else a file: URI of the YAML it was loaded from,
// with #L<line> of its definition.
std::string rule_help_uri(const Rule& rule);

// The slot types a pattern may use, and the character that marks each in a masked sentence.
const std::vector<std::pair<std::string, char>>& slot_types();

}  // namespace factlint
