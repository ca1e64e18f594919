// Shared pieces of the evaluation programs: loading the shipped checker, reading articles,
// and the span arithmetic every scorer uses.
//
//   std::string error;
//   auto checker = load_default_checker(&error);          // nullptr and error on failure
//   auto report = check_text(*checker, "a.txt", text, &error);   // nullopt when it threw
//   Span s = locate(text, 12, "February 2024");
//   bool hit = overlaps(s, finding);
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "engine/checker.h"
#include "report/finding.h"

namespace factlint::eval {

// A column span on one line: 1-based code-point columns, end exclusive; line 0 = not found.
struct Span {
  int line = 0;
  int begin = 0;
  int end = 0;
};

std::string slurp(const std::filesystem::path& path);

// The span of `excerpt` on `line` of `text`.
Span locate(const std::string& text, int line, const std::string& excerpt);

// True when the finding covers part of the span (findings may run over several lines).
bool overlaps(const Span& span, const Finding& finding);

// Error and warning findings: what a desk sees as a flag.
bool is_flag(const Finding& finding);

// The checker over the default knowledge base and rules (as `factlint check` finds them).
std::unique_ptr<Checker> load_default_checker(std::string* error);

// Reads and checks one article held in memory; nullopt with `error` set when the text cannot
// be read or the check threw (a crash, counted as such by the scorers).
std::optional<FileReport> check_text(const Checker& checker, const std::string& name,
                                     std::string text, std::string* error);

// Parses a floating-point or integer option value; false when it is not one.
bool parse_number(const std::string& text, double* value);

}  // namespace factlint::eval
