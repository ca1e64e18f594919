// Commands: one function per subcommand, each returning the process exit code.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/lint.h"
#include "engine/loading.h"

namespace factlint {

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

struct CheckCommand {
  LoadOptions load;
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string date;
  std::string fail_on = "error";
  std::string stdin_filename;
  bool claims_only = false;  // `factlint claims`
  LintOptions lint;          // folders, configuration, parallelism, baseline
};

int run_check(const CheckCommand& cmd);
int run_kb_validate(const LoadOptions& load);
int run_kb_stats(const LoadOptions& load, const std::string& format);
int run_kb_lookup(const LoadOptions& load, const std::string& name, const std::string& format);
int run_kb_import(const LoadOptions& load, const std::string& file, const std::string& output,
                  const std::string& as_of);
int run_rules_list(const LoadOptions& load);
int run_rules_test(const LoadOptions& load);
int run_time(const std::string& date, const std::string& direction, const std::string& order);

}  // namespace factlint
