// Markdown reporter: a summary fit for a pull-request comment. A headline with the counts, a
// table of findings with file:line links, and per finding a collapsed <details> block with
// what the copy says, what the records hold and the evidence.
//
// Links are relative (`path#L16`) unless GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA
// are set, as in a GitHub Actions run; then they point at the file in that commit. A file outside
// the checkout (an installed knowledge base) is named, not linked (report/links.h).
#include <cstdlib>
#include <sstream>

#include "report/html_escape.h"
#include "report/links.h"
#include "report/reporter.h"

namespace factlint {

namespace {

// Text made inert in a table cell or list item: no HTML, no emphasis, no link, no cell break.
std::string markdown_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '|':
        out += "&#124;";
        break;
      case '\n':
      case '\r':
        out += ' ';
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '~':
      case '#':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A link target: spaces and the characters that end a Markdown link are percent-encoded.
std::string link_target(std::string_view url) {
  std::string out;
  for (char c : url) {
    if (c == ' ')
      out += "%20";
    else if (c == '(')
      out += "%28";
    else if (c == ')')
      out += "%29";
    else if (c == '<' || c == '>' || c == '|' || c == '"' || c == '\n')
      continue;
    else
      out += c;
  }
  return out;
}

// A file:line link that resolves where the comment is read (links.h); a file outside the
// checkout (an installed knowledge base) is named as text, since no link to it would resolve.
std::string location_link(const std::string& path, int line) {
  std::string label = markdown_text(path + ":" + std::to_string(line));
  std::string href = file_link(path, line, "", true);
  return href.empty() ? "`" + path + ":" + std::to_string(line) + "`"
                      : "[" + label + "](" + link_target(href) + ")";
}

std::string plural(int n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

bool is_web_link(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

class MarkdownReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    Summary s = summarize(files);
    out << "### factlint: ";
    if (s.findings == 0)
      out << "no findings";
    else
      out << plural(s.errors, "error", "errors") << ", "
          << plural(s.warnings, "warning", "warnings") << ", " << plural(s.infos, "info", "infos");
    out << " in " << plural(s.files, "file", "files") << " (" << plural(s.claims, "claim", "claims")
        << " checked)\n\n";
    if (s.findings == 0) return;
    out << "| Severity | Location | Rule | Finding |\n| --- | --- | --- | --- |\n";
    for (const FileReport& f : files)
      for (const Finding& x : f.findings)
        out << "| **" << severity_name(x.severity) << "** | " << location_link(f.path, x.where.line)
            << " | <code>" << markdown_text(x.rule) << "</code> | " << markdown_text(x.message)
            << " |\n";
    out << "\n";
    for (const FileReport& f : files)
      for (const Finding& x : f.findings) write_details(out, f, x);
  }

 private:
  static void write_details(std::ostream& out, const FileReport& f, const Finding& x) {
    // The summary line is HTML, so it gets HTML escaping only; the body below is Markdown.
    out << "<details><summary>" << html_escape(f.path) << ":" << x.where.line << ":"
        << x.where.column << " " << html_escape(x.rule) << ": “" << html_escape(x.excerpt)
        << "”</summary>\n\n";
    out << "- **Copy says:** “" << markdown_text(x.excerpt) << "”";
    if (!x.found.empty() && x.found != x.excerpt) out << " (" << markdown_text(x.found) << ")";
    out << " at " << location_link(f.path, x.where.line) << "\n";
    out << "- **Records hold:** " << markdown_text(x.expected.empty() ? "-" : x.expected) << "\n";
    if (x.quoted) out << "- Inside a quotation: the speaker's claim, not the article's.\n";
    for (const Evidence& e : x.evidence) {
      out << "- **Evidence:** <code>" << markdown_text(e.entity)
          << "</code>: " << markdown_text(e.fact);
      if (is_web_link(e.source))
        out << " ([source](" << link_target(e.source) << "))";
      else if (!e.source.empty())
        out << " (" << markdown_text(e.source) << ")";
      if (!e.kb.file.empty()) out << ", knowledge base " << location_link(e.kb.file, e.kb.line);
      out << "\n";
    }
    out << "\n</details>\n\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_markdown_reporter() {
  return std::make_unique<MarkdownReporter>();
}

}  // namespace factlint
