// Reporters: one per output format, all fed by the same FileReports.
//
//   auto reporter = make_reporter("json");   // nullptr for an unknown format
//   reporter->write(reports, std::cout);
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding.h"

namespace factlint {

// One file of a report that is a directory, its name relative to that directory.
struct ReportFile {
  std::string name;
  std::string content;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void write(const std::vector<FileReport>& files, std::ostream& out) const = 0;
  // The report as one file to be saved in `directory` ("" for the working directory), for
  // reporters whose links to articles and knowledge-base files are relative to the report.
  virtual void write_into(const std::vector<FileReport>& files, const std::string& /*directory*/,
                          std::ostream& out) const {
    write(files, out);
  }
  // A reporter whose --output is a directory (html: an index and one page per article) says so
  // here and returns that directory's files from directory_files; `directory` is where they
  // will be written, for links relative to it. write() then serves stdout alone.
  virtual bool writes_directory() const { return false; }
  virtual std::vector<ReportFile> directory_files(const std::vector<FileReport>& /*files*/,
                                                  const std::string& /*directory*/) const {
    return {};
  }
};

// Formats in the order `--help` lists them.
const std::vector<std::string>& reporter_formats();
std::unique_ptr<Reporter> make_reporter(std::string_view format);

// Individual reporters, one file each.
// `colour`: ANSI colours for a terminal (severities bold and coloured, carets, notes).
std::unique_ptr<Reporter> make_text_reporter(bool colour = false);
std::unique_ptr<Reporter> make_json_reporter();
std::unique_ptr<Reporter> make_html_reporter();
std::unique_ptr<Reporter> make_markdown_reporter();
std::unique_ptr<Reporter> make_sarif_reporter();
std::unique_ptr<Reporter> make_rdjson_reporter();
std::unique_ptr<Reporter> make_junit_reporter();
std::unique_ptr<Reporter> make_github_reporter();

}  // namespace factlint
