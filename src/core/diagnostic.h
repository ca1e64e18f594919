// Diagnostics: problems found while loading inputs, reported as values with file:line:column.
//
//   Diagnostics diags;
//   diags.error({"rules/a.yaml", 12, 5}, "unknown slot {evnt}");
//   if (diags.has_errors()) std::cerr << diags.first_error().str() << "\n";
#pragma once

#include <string>
#include <vector>

namespace factlint {

// A place in an input file; line and column are 1-based, 0 when unknown.
struct SourcePosition {
  std::string file;
  int line = 0;
  int column = 0;

  // "file:line:column", leaving out the parts that are unknown.
  std::string str() const;
};

enum class DiagnosticLevel { kError, kWarning };

struct Diagnostic {
  DiagnosticLevel level = DiagnosticLevel::kError;
  SourcePosition where;
  std::string message;

  // One line: "file:line:column: error: message".
  std::string str() const;
};

// An ordered collection of diagnostics from one loading pass.
class Diagnostics {
 public:
  void error(SourcePosition where, std::string message);
  void warning(SourcePosition where, std::string message);
  void append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  const Diagnostic& first_error() const;
  const std::vector<Diagnostic>& all() const { return items_; }

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
};

}  // namespace factlint
