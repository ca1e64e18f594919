// JUnit reporter: JUnit XML for CI test-report views. One testsuite per file; one testcase per
// finding (errors and warnings fail, infos pass with their message as output); a clean file is
// one passing testcase.
#include "report/html_escape.h"
#include "report/reporter.h"

namespace factlint {

namespace {

// XML text: the HTML escapes (valid XML too), with the control characters XML 1.0 forbids
// (all below 0x20 but tab and newlines) replaced by spaces.
std::string xml_escape(std::string_view s) {
  std::string allowed(s);
  for (char& c : allowed)
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') c = ' ';
  return html_escape(allowed);
}

class JunitReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    Summary s = summarize(files);
    int cases = 0;
    for (const FileReport& f : files)
      cases += f.findings.empty() ? 1 : static_cast<int>(f.findings.size());
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out << "<testsuites name=\"factlint\" tests=\"" << cases << "\" failures=\""
        << s.errors + s.warnings << "\" errors=\"0\">\n";
    for (const FileReport& file : files) {
      int failures = 0;
      for (const Finding& f : file.findings)
        if (f.severity != Severity::kInfo) ++failures;
      int tests = file.findings.empty() ? 1 : static_cast<int>(file.findings.size());
      std::string path = xml_escape(file.path);
      out << "  <testsuite name=\"" << path << "\" tests=\"" << tests << "\" failures=\""
          << failures << "\" errors=\"0\">\n";
      if (file.findings.empty())
        out << "    <testcase classname=\"" << path << "\" name=\"no contradictions\"/>\n";
      for (const Finding& f : file.findings) {
        std::string where = std::to_string(f.where.line) + ":" + std::to_string(f.where.column);
        out << "    <testcase classname=\"" << path << "\" name=\"" << xml_escape(f.rule) << " at "
            << where << "\" file=\"" << path << "\" line=\"" << f.where.line << "\">\n";
        std::string detail = file.path + ":" + where + ": " + severity_name(f.severity) + ": " +
                             f.message + " [" + f.rule + "]\n  excerpt: " + f.excerpt + "\n";
        for (const Evidence& e : f.evidence)
          detail += "  evidence: " + e.entity + ": " + e.fact + " (" + e.kb.str() +
                    (e.source.empty() ? "" : ", " + e.source) + ")\n";
        if (f.severity == Severity::kInfo)
          out << "      <system-out>" << xml_escape(detail) << "</system-out>\n";
        else
          out << "      <failure message=\"" << xml_escape(f.message) << "\" type=\""
              << severity_name(f.severity) << "\">" << xml_escape(detail) << "</failure>\n";
        out << "    </testcase>\n";
      }
      out << "  </testsuite>\n";
    }
    out << "</testsuites>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter() {
  return std::make_unique<JunitReporter>();
}

}  // namespace factlint
