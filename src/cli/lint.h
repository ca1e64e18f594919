// Lint: `factlint check` over a repository of articles. Each file gets the configuration of its
// nearest .factlint.yaml; files are checked in parallel and reported in a stable order;
// inline suppressions and a baseline then drop what the desk has already accepted.
//
//   LintResult result;
//   if (auto problem = run_lint(cmd, run_options, result)) return fail_with(*problem);
//   reporter->write(result.reports, out);
//   return result.failed ? kExitFindings : kExitClean;
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/loading.h"
#include "report/finding.h"

namespace factlint {

struct CheckCommand;

// The check command's options for repositories and CI.
struct LintOptions {
  std::vector<std::string> globs;        // --glob: files to pick from walked folders
  std::vector<std::string> excludes;     // --exclude: files to leave out
  int jobs = 0;                          // --jobs; 0: one per core
  std::string baseline;                  // --baseline FILE: report only findings not in it
  std::string write_baseline;            // --write-baseline FILE
  std::string config;                    // --config FILE instead of the nearest .factlint.yaml
  bool fail_on_given = false;            // --fail-on was on the command line
  std::optional<Severity> min_severity;  // --min-severity / --quiet: findings below are hidden
  int max_warnings = -1;                 // --max-warnings N: more warnings fail; -1: no limit
};

struct LintResult {
  std::vector<FileReport> reports;  // in input order
  bool failed = false;              // some file has a finding at or above its fail_on
  int too_many_warnings = 0;        // the warnings found, when over --max-warnings
  int internal_errors = 0;          // files whose check failed (reported, then exit 2)
  int unreadable = 0;               // paths that could not be read (reported, then exit 2)
};

// Checks every input of `cmd`; returns a one-line problem (exit 2) or nullopt.
std::optional<std::string> run_lint(const CheckCommand& cmd, const RunOptions& run,
                                    LintResult& result);

// `factlint config [PATH]`: the merged configuration for PATH, each value with its origin.
int run_config(const std::string& path, const std::string& config_file, const LoadOptions& load);

}  // namespace factlint
