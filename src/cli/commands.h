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
  bool quiet = false;        // --quiet: errors only
  std::string min_severity;  // --min-severity
  bool color = false;        // --color / --no-color, when color_given
  bool color_given = false;
  LintOptions lint;  // folders, configuration, parallelism, baseline
};

int run_check(const CheckCommand& cmd);
int run_kb_validate(LoadOptions load);
int run_kb_compile(LoadOptions load);
int run_kb_stats(const LoadOptions& load, const std::string& format);
int run_kb_lookup(const LoadOptions& load, const std::string& name, const std::string& format);
int run_kb_import(const LoadOptions& load, const std::string& file, const std::string& output,
                  const std::string& as_of);
// `factlint kb refresh`: the shipped SPARQL queries (knowledge/queries/) and their results.
struct RefreshCommand {
  std::string query;    // a query's name, without .rq
  std::string results;  // --results FILE
  std::string output;
  std::string as_of;
  bool list = false;
  bool print_query = false;
};
int run_kb_refresh(const LoadOptions& load, const RefreshCommand& cmd);
int run_rules_list(const LoadOptions& load);
int run_explain(const LoadOptions& load, const std::string& rule_id);
int run_init(const std::string& folder);
int run_rules_test(const LoadOptions& load);
int run_time(const std::string& date, const std::string& direction, const std::string& order);

}  // namespace factlint
