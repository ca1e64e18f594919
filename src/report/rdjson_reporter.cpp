// rdjson reporter: reviewdog's Diagnostic JSON (rdjson), for `reviewdog -f=rdjson`. Columns are
// 1-based UTF-8 byte counts, as reviewdog's Position defines them.
#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace factlint {

namespace {

using nlohmann::ordered_json;

const char* rdjson_severity(Severity s) {
  switch (s) {
    case Severity::kError:
      return "ERROR";
    case Severity::kWarning:
      return "WARNING";
    case Severity::kInfo:
      return "INFO";
  }
  return "INFO";
}

// 1-based byte column of `offset` within its line.
int byte_column(const FileReport& file, std::size_t offset, int code_point_column) {
  if (!file.original || offset > file.original->size()) return code_point_column;
  std::size_t line_start = offset == 0 ? std::string::npos : file.original->rfind('\n', offset - 1);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  return static_cast<int>(offset - line_start) + 1;
}

class RdjsonReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    ordered_json diagnostics = ordered_json::array();
    for (const FileReport& file : files) {
      for (const Finding& f : file.findings) {
        std::size_t end = f.where.offset + f.where.length;
        ordered_json range{
            {"start",
             {{"line", f.where.line},
              {"column", byte_column(file, f.where.offset, f.where.column)}}},
            {"end",
             {{"line", f.where.end_line}, {"column", byte_column(file, end, f.where.end_column)}}}};
        std::string message = f.message;
        for (const Evidence& e : f.evidence)
          message += "\nevidence: " + e.entity + ": " + e.fact + " (" + e.kb.str() +
                     (e.source.empty() ? "" : ", " + e.source) + ")";
        diagnostics.push_back({{"message", message},
                               {"location", {{"path", file.path}, {"range", range}}},
                               {"severity", rdjson_severity(f.severity)},
                               {"code", {{"value", f.rule}}},
                               {"original_output", f.excerpt}});
      }
    }
    ordered_json root{{"source", {{"name", "factlint"}}}, {"diagnostics", diagnostics}};
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_rdjson_reporter() {
  return std::make_unique<RdjsonReporter>();
}

}  // namespace factlint
