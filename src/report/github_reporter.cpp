// GitHub reporter: workflow commands that GitHub Actions turns into annotations on the diff,
//   ::error file=a.md,line=16,col=81,endLine=16,endColumn=94,title=factlint event-start-date::...
#include "report/reporter.h"

namespace factlint {

namespace {

const char* command(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "notice";
}

// Escaping as the Actions runner's command parser expects (toolkit's escapeData).
std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

// Property values also escape the separators ':' and ',' (toolkit's escapeProperty).
std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

class GithubReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    for (const FileReport& file : files) {
      std::string path = file.path.compare(0, 2, "./") == 0 ? file.path.substr(2) : file.path;
      for (const Finding& f : file.findings) {
        std::string message = f.message;
        for (const Evidence& e : f.evidence)
          message += "\nevidence: " + e.entity + ": " + e.fact + " (" + e.kb.str() +
                     (e.source.empty() ? "" : ", " + e.source) + ")";
        out << "::" << command(f.severity) << " file=" << escape_property(path)
            << ",line=" << f.where.line << ",col=" << f.where.column
            << ",endLine=" << f.where.end_line << ",endColumn=" << f.where.end_column
            << ",title=" << escape_property("factlint " + f.rule) << "::" << escape_data(message)
            << "\n";
      }
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter() {
  return std::make_unique<GithubReporter>();
}

}  // namespace factlint
