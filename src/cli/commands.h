// Commands: one function per subcommand, each returning the process exit code.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace factlint {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

// Where the knowledge base and rules come from.
struct LoadOptions {
  std::vector<std::string> knowledge;  // --knowledge, layered over the default
  bool no_default_knowledge = false;
  std::vector<std::string> rules;  // --rules, layered over the default
  bool no_default_rules = false;
};

struct CheckCommand {
  LoadOptions load;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string date;
  std::string fail_on = "error";
  std::string stdin_filename;
  bool claims_only = false;  // `factlint claims`
};

int run_check(const CheckCommand& cmd);
int run_kb_validate(const LoadOptions& load);
int run_kb_stats(const LoadOptions& load, const std::string& format);
int run_kb_lookup(const LoadOptions& load, const std::string& name, const std::string& format);
int run_rules_list(const LoadOptions& load);
int run_rules_test(const LoadOptions& load);
int run_time(const std::string& date, const std::string& direction, const std::string& order);

}  // namespace factlint
