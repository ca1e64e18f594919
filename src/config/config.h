// Config: .factlint.yaml, found upwards from each checked file, validated strictly (an unknown
// or mistyped key is an error at file:line), merged with the command line; every merged value
// remembers where it came from.
//
//   Diagnostics diags;
//   auto file = find_config_file("articles/a.md");          // nearest .factlint.yaml upwards
//   Config c = load_config(file, overrides, diags);          // defaults < file < command line
//   print_config(c, std::cout);                              // `factlint config`
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "extract/rule.h"
#include "recognise/time_expressions.h"

namespace factlint {

inline constexpr const char* kConfigFileName = ".factlint.yaml";

// A merged value and its origin: "default", a command-line flag, or "file:line".
template <typename T>
struct Setting {
  T value{};
  std::string origin = "default";
};

// What a rule entry says: off, on (its own severity), or a severity.
struct RuleSetting {
  bool enabled = true;
  std::optional<Severity> severity;
  SourcePosition where;
};

// overrides: one entry, the rule settings for files matching its globs (ESLint's overrides).
struct ConfigOverride {
  std::vector<std::string> files;  // globs, relative to the config's folder
  std::map<std::string, RuleSetting> rules;
  SourcePosition where;
};

struct Config {
  std::string file;                             // the .factlint.yaml in effect, empty when none
  Setting<std::vector<std::string>> knowledge;  // paths, resolved against the config's folder
  Setting<bool> default_knowledge{true};
  Setting<std::vector<std::string>> rule_paths;
  Setting<bool> default_rules{true};
  Setting<std::map<std::string, RuleSetting>> rules;  // by rule id
  Setting<std::string> fail_on{"error"};
  Setting<std::vector<std::string>> include;  // globs, relative to `base`
  Setting<std::vector<std::string>> exclude;
  Setting<NumericDateOrder> date_order{NumericDateOrder::kMonthDayYear};
  Setting<std::string> baseline;  // a baseline file, resolved against the config's folder
  Setting<std::vector<ConfigOverride>> overrides;
  std::string base;  // the folder config globs are relative to
};

// What the command line says; unset fields leave the file's (or the default) value.
struct ConfigOverrides {
  std::vector<std::string> knowledge;  // layered after the file's
  std::optional<bool> no_default_knowledge;
  std::vector<std::string> rule_paths;
  std::optional<bool> no_default_rules;
  std::optional<std::string> fail_on;
};

// The nearest .factlint.yaml in the folder of `path` (or `path` itself if it is a folder) and
// its parents; nullopt when there is none.
std::optional<std::string> find_config_file(const std::string& path);

// Reads `file` (may be nullopt) and merges defaults < file < overrides. Errors (unreadable
// file, bad YAML, unknown key, wrong type or value) go to `diags` with file:line.
Config load_config(const std::optional<std::string>& file, const ConfigOverrides& overrides,
                   Diagnostics& diags);

// Every rule id the config names must exist: a misspelt id would silently configure nothing.
void validate_rule_ids(const Config& config, const RuleSet& rules, Diagnostics& diags);

// The overrides whose globs match `path` (indices, in file order), and the config with their
// rule settings applied over its own (later entries win).
std::vector<std::size_t> matching_overrides(const Config& config, const std::string& path);
Config with_overrides(const Config& config, const std::vector<std::size_t>& matched);

// The rules a config asks for: disabled ones left out, severities overridden.
RuleSet apply_rule_settings(const Config& config, const RuleSet& rules);

// The merged configuration as YAML, each value followed by a comment naming its origin.
void print_config(const Config& config, std::ostream& out);

// Rule ids that are not in rule files but can be configured like rules: the engine's
// internal-consistency check and the suppression notices.
const std::vector<std::string>& builtin_rule_ids();

}  // namespace factlint
