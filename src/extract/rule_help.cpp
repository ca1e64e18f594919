// Rule help: where a person reads what a rule checks (SARIF helpUri, LanguageTool rule.urls).
#include <filesystem>

#include "engine/paths.h"
#include "extract/rule.h"

namespace factlint {

namespace fs = std::filesystem;

std::string rule_help_uri(const Rule& rule) {
  if (rule.where.file.empty()) return "";
  std::error_code ec;
  fs::path file = fs::weakly_canonical(fs::absolute(rule.where.file, ec), ec);
  std::string line = rule.where.line > 0 ? "#L" + std::to_string(rule.where.line) : "";
  // A shipped rule, when the build names the repository it came from: its YAML at this version.
  std::string repository = FACTLINT_REPOSITORY_URL;
  if (auto shipped = default_data_dir("rules"); shipped && !repository.empty()) {
    fs::path root = fs::weakly_canonical(*shipped, ec);
    fs::path rel = file.lexically_relative(root);
    if (!rel.empty() && *rel.begin() != "..")
      return repository + "/blob/v" FACTLINT_VERSION "/rules/" + rel.generic_string() + line;
  }
  // Otherwise the YAML on this machine, which is what the rule actually is.
  return "file://" + file.generic_string() + line;
}

}  // namespace factlint
