// Finding: summaries over reports.
#include "report/finding.h"

namespace factlint {

namespace {

int rank(Severity s) {
  switch (s) {
    case Severity::kError:
      return 3;
    case Severity::kWarning:
      return 2;
    case Severity::kInfo:
      return 1;
  }
  return 1;
}

}  // namespace

Summary summarize(const std::vector<FileReport>& files) {
  Summary s;
  for (const FileReport& f : files) {
    ++s.files;
    s.claims += static_cast<int>(f.claims.size());
    for (const Finding& x : f.findings) {
      ++s.findings;
      if (x.severity == Severity::kError) ++s.errors;
      if (x.severity == Severity::kWarning) ++s.warnings;
      if (x.severity == Severity::kInfo) ++s.infos;
    }
  }
  return s;
}

bool has_findings_at_or_above(const std::vector<FileReport>& files,
                              std::optional<Severity> threshold) {
  if (!threshold) return false;
  for (const FileReport& f : files)
    for (const Finding& x : f.findings)
      if (rank(x.severity) >= rank(*threshold)) return true;
  return false;
}

}  // namespace factlint
