// Text reporter: compiler-style lines with the source line and a caret under the span.
//
//   path:16:81: error: The Russian invasion of Ukraine began on 2022-02-24 ... [event-start-date]
//      16 | ... war started by Russia in February 2024 to assert ...
//         |                              ^~~~~~~~~~~~~
#include <sstream>

#include "core/text.h"
#include "report/reporter.h"

namespace factlint {

namespace {

// ANSI SGR sequences, or nothing when the output is not for a terminal.
struct Palette {
  const char* bold = "";
  const char* error = "";
  const char* warning = "";
  const char* info = "";
  const char* caret = "";
  const char* dim = "";
  const char* reset = "";
};

class TextReporter final : public Reporter {
 public:
  explicit TextReporter(bool colour) {
    if (colour)
      palette_ = {"\033[1m",    "\033[1;31m", "\033[1;35m", "\033[1;36m",
                  "\033[1;32m", "\033[2m",    "\033[0m"};
  }

  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    const Palette& c = palette_;
    for (const FileReport& f : files) {
      LineIndex lines(f.original ? std::string_view(*f.original) : std::string_view());
      for (const std::string& note : f.notes)
        out << c.bold << f.path << ":" << c.reset << " " << c.info << "note:" << c.reset << " "
            << note << "\n";
      for (const Finding& x : f.findings) {
        const char* colour = x.severity == Severity::kError     ? c.error
                             : x.severity == Severity::kWarning ? c.warning
                                                                : c.info;
        out << c.bold << f.path << ":" << x.where.line << ":" << x.where.column << ":" << c.reset
            << " " << colour << severity_name(x.severity) << ":" << c.reset << " " << x.message
            << " " << c.dim << "[" << x.rule << "]" << c.reset << "\n";
        print_source(out, lines, x.where, c);
        for (const Evidence& e : x.evidence)
          out << "      = evidence: " << e.entity << ": " << e.fact << " (" << e.kb.str()
              << (e.source.empty() ? "" : ", " + e.source) << ")\n";
      }
    }
    Summary s = summarize(files);
    out << s.files << (s.files == 1 ? " file" : " files") << " checked, " << s.claims
        << (s.claims == 1 ? " claim" : " claims") << ", " << s.errors
        << (s.errors == 1 ? " error" : " errors") << ", " << s.warnings
        << (s.warnings == 1 ? " warning" : " warnings") << ", " << s.infos
        << (s.infos == 1 ? " info" : " infos") << "\n";
  }

 private:
  static void print_source(std::ostream& out, const LineIndex& lines, const Location& where,
                           const Palette& c) {
    std::string_view line = lines.line_text(where.line);
    if (line.empty()) return;
    std::string number = std::to_string(where.line);
    std::string gutter(number.size(), ' ');
    out << "  " << number << " | " << line << "\n";
    // Tabs keep their width in the caret line so the caret stays under the span.
    std::string pad;
    std::size_t column = 1;
    for (std::size_t i = 0; i < line.size() && column < static_cast<std::size_t>(where.column);) {
      std::size_t n = utf8_sequence_length(static_cast<unsigned char>(line[i]));
      pad += line[i] == '\t' ? '\t' : ' ';
      i += n;
      ++column;
    }
    int width = where.end_line == where.line ? where.end_column - where.column : 1;
    out << "  " << gutter << " | " << pad << c.caret << "^"
        << std::string(static_cast<std::size_t>(std::max(width - 1, 0)), '~') << c.reset << "\n";
  }

  Palette palette_;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(bool colour) {
  return std::make_unique<TextReporter>(colour);
}

}  // namespace factlint
