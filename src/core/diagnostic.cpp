// Diagnostics: formatting and collection.
#include "core/diagnostic.h"

#include <stdexcept>

namespace factlint {

std::string SourcePosition::str() const {
  std::string out = file.empty() ? "<input>" : file;
  if (line > 0) {
    out += ":" + std::to_string(line);
    if (column > 0) out += ":" + std::to_string(column);
  }
  return out;
}

std::string Diagnostic::str() const {
  return where.str() + (level == DiagnosticLevel::kError ? ": error: " : ": warning: ") + message;
}

void Diagnostics::error(SourcePosition where, std::string message) {
  items_.push_back({DiagnosticLevel::kError, std::move(where), std::move(message)});
  ++error_count_;
}

void Diagnostics::warning(SourcePosition where, std::string message) {
  items_.push_back({DiagnosticLevel::kWarning, std::move(where), std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const Diagnostic& d : other.items_) items_.push_back(d);
  error_count_ += other.error_count_;
}

const Diagnostic& Diagnostics::first_error() const {
  for (const Diagnostic& d : items_)
    if (d.level == DiagnosticLevel::kError) return d;
  throw std::logic_error("Diagnostics::first_error called without errors");
}

}  // namespace factlint
