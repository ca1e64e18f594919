// The list of output formats.
#include "report/reporter.h"

namespace factlint {

namespace {

struct Entry {
  std::string name;
  std::unique_ptr<Reporter> (*make)();
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> kAll = {
      {"text", [] { return make_text_reporter(); }},
      {"json", &make_json_reporter},
      {"html", &make_html_reporter},
      {"markdown", &make_markdown_reporter},
      {"sarif", &make_sarif_reporter},
      {"rdjson", &make_rdjson_reporter},
      {"junit", &make_junit_reporter},
      {"github", &make_github_reporter},
  };
  return kAll;
}

}  // namespace

const std::vector<std::string>& reporter_formats() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> names;
    for (const Entry& e : entries()) names.push_back(e.name);
    return names;
  }();
  return kNames;
}

std::unique_ptr<Reporter> make_reporter(std::string_view format) {
  for (const Entry& e : entries())
    if (e.name == format) return e.make();
  return nullptr;
}

}  // namespace factlint
