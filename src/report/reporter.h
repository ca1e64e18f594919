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

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void write(const std::vector<FileReport>& files, std::ostream& out) const = 0;
};

// Formats in the order `--help` lists them.
const std::vector<std::string>& reporter_formats();
std::unique_ptr<Reporter> make_reporter(std::string_view format);

// Individual reporters, one file each.
std::unique_ptr<Reporter> make_text_reporter();
std::unique_ptr<Reporter> make_json_reporter();

}  // namespace factlint
