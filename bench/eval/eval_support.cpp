// Shared pieces of the evaluation programs (eval_support.h).
#include "eval_support.h"

#include <fstream>
#include <sstream>

#include "core/text.h"
#include "engine/paths.h"
#include "read/readers.h"

namespace factlint::eval {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

Span locate(const std::string& text, int line, const std::string& excerpt) {
  LineIndex index(text);
  if (line < 1 || line > index.line_count()) return {};
  std::string_view l = index.line_text(line);
  std::size_t at = l.find(excerpt);
  if (at == std::string_view::npos) return {};
  int begin = static_cast<int>(count_code_points(l.substr(0, at))) + 1;
  return {line, begin, begin + static_cast<int>(count_code_points(excerpt))};
}

bool overlaps(const Span& span, const Finding& f) {
  if (span.line == 0 || f.where.line > span.line || f.where.end_line < span.line) return false;
  int start = f.where.line == span.line ? f.where.column : 1;
  int end = f.where.end_line == span.line ? f.where.end_column : 1 << 30;
  if (end <= start) end = start + 1;
  return start < span.end && span.begin < end;
}

bool is_flag(const Finding& f) {
  return f.severity != Severity::kInfo;
}

std::unique_ptr<Checker> load_default_checker(std::string* error) {
  auto kb_dir = default_data_dir("knowledge");
  auto rules_dir = default_data_dir("rules");
  if (!kb_dir || !rules_dir) {
    *error = "cannot find knowledge/ and rules/ (set FACTLINT_DATA_DIR)";
    return nullptr;
  }
  Diagnostics diags;
  auto kb = KnowledgeBase::load({{*kb_dir}}, diags);
  auto rules = std::make_shared<const RuleSet>(load_rules({*rules_dir}, diags));
  if (diags.has_errors()) {
    *error = diags.first_error().str();
    return nullptr;
  }
  return std::make_unique<Checker>(kb, rules);
}

std::optional<FileReport> check_text(const Checker& checker, const std::string& name,
                                     std::string text, std::string* error) {
  try {
    auto doc = read_document(name, std::move(text), detect_format(name), error);
    if (!doc) return std::nullopt;
    return checker.check(std::move(*doc), {});
  } catch (const std::exception& e) {
    *error = std::string("the check threw: ") + e.what();
  } catch (...) {
    *error = "the check threw a non-standard exception";
  }
  return std::nullopt;
}

bool parse_number(const std::string& text, double* value) {
  try {
    std::size_t used = 0;
    *value = std::stod(text, &used);
    return used == text.size();
  } catch (const std::exception&) {
    return false;
  }
}

}  // namespace factlint::eval
