// SARIF reporter: SARIF 2.1.0 as GitHub code scanning reads it. One run; the rules that fired
// under tool.driver.rules; each result with one physical location, related locations at the
// knowledge-base facts behind it, and a fingerprint that follows the claim, not the line.
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>

#include "engine/paths.h"
#include "report/reporter.h"
#include "suppress/baseline.h"

namespace factlint {

namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

const char* sarif_level(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "note";
  }
  return "note";
}

// RFC 3986: everything but unreserved characters and '/' percent-encoded.
std::string encode_path(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    auto c = static_cast<unsigned char>(ch);
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

// The folder the shipped knowledge base and rules are in (…/share/factlint/), if any.
std::optional<fs::path> data_root() {
  auto knowledge = default_data_dir("knowledge");
  if (!knowledge) return std::nullopt;
  std::error_code ec;
  return fs::weakly_canonical(fs::absolute(*knowledge, ec), ec).parent_path();
}

std::string under(const fs::path& file, const fs::path& root) {
  fs::path rel = file.lexically_relative(root);
  return rel.empty() || *rel.begin() == ".." ? "" : rel.generic_string();
}

// Files in the checkout are relative to it (%SRCROOT%), which is what code scanning maps to
// files in the repository; the shipped knowledge base is relative to FACTLINT_DATA, a base that
// originalUriBaseIds resolves on this machine; anything else is a file: URI.
ordered_json artifact_location(std::string path) {
  if (path == "-") path = "stdin";
  if (path.compare(0, 2, "./") == 0) path.erase(0, 2);
  if (path.empty() || path[0] != '/')
    return {{"uri", encode_path(path)}, {"uriBaseId", "%SRCROOT%"}};
  std::error_code ec;
  fs::path file = fs::path(path).lexically_normal();
  std::string in_checkout = under(file, fs::current_path(ec));
  if (!in_checkout.empty()) return {{"uri", encode_path(in_checkout)}, {"uriBaseId", "%SRCROOT%"}};
  if (auto root = data_root()) {
    std::string in_data = under(file, *root);
    if (!in_data.empty()) return {{"uri", encode_path(in_data)}, {"uriBaseId", "FACTLINT_DATA"}};
  }
  return {{"uri", "file://" + encode_path(path)}};
}

std::string rule_name(const std::string& id) {
  std::string name;
  bool upper = true;
  for (char c : id) {
    if (c == '-' || c == '_') {
      upper = true;
      continue;
    }
    name.push_back(upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
    upper = false;
  }
  return name;
}

std::string sentence(std::string text) {
  if (!text.empty() && text.back() != '.' && text.back() != '?' && text.back() != '!') text += '.';
  return text;
}

ordered_json rule_json(const Finding& f) {
  std::string description =
      f.rule_description.empty() ? "factlint rule " + f.rule + "." : sentence(f.rule_description);
  std::string full = description + " Claims of kind " + f.kind +
                     " are compared with the knowledge base; a claim is flagged only when no "
                     "reading of it agrees with the records.";
  std::string help = description +
                     " Correct the claim to agree with the records cited as evidence, or, if the "
                     "knowledge base is wrong or out of date, fix its entry (and its source). "
                     "To keep a deliberate statement, add <!-- factlint-disable-next-line " +
                     f.rule + " -- reason --> above the line.";
  std::string markdown = "**" + description +
                         "**\n\nCorrect the claim to agree with the records "
                         "cited as evidence (the related locations), or fix the knowledge-base "
                         "entry if it is wrong.\n\nTo keep a deliberate statement:\n\n```html\n"
                         "<!-- factlint-disable-next-line " +
                         f.rule + " -- reason -->\n```\n";
  ordered_json rule{{"id", f.rule},
                    {"name", rule_name(f.rule)},
                    {"shortDescription", {{"text", description}}},
                    {"fullDescription", {{"text", full}}}};
  if (!f.rule_help_uri.empty()) rule["helpUri"] = f.rule_help_uri;
  rule["help"] = {{"text", help}, {"markdown", markdown}};
  rule["defaultConfiguration"] = {{"level", sarif_level(f.severity)}};
  rule["properties"] = {{"tags", {"facts", f.kind}}};
  return rule;
}

ordered_json result_json(const FileReport& file, const Finding& f, std::size_t rule_index) {
  ordered_json region{{"startLine", f.where.line},
                      {"startColumn", f.where.column},
                      {"endLine", f.where.end_line},
                      {"endColumn", f.where.end_column}};
  if (!f.excerpt.empty()) region["snippet"] = {{"text", f.excerpt}};
  std::string message = sentence(f.message);
  ordered_json related = ordered_json::array();
  for (const Evidence& e : f.evidence) {
    if (e.kb.file.empty() || e.kb.line <= 0) continue;
    int id = static_cast<int>(related.size()) + 1;
    std::string text = e.entity + ": " + e.fact + (e.source.empty() ? "" : " (" + e.source + ")");
    message += (id == 1 ? " Evidence: " : "; ") + std::string("[") + e.entity + ": " + e.fact +
               "](" + std::to_string(id) + ")";
    related.push_back({{"id", id},
                       {"message", {{"text", text}}},
                       {"physicalLocation",
                        {{"artifactLocation", artifact_location(e.kb.file)},
                         {"region", {{"startLine", e.kb.line}}}}}});
  }
  if (!related.empty()) message += ".";
  ordered_json result{
      {"ruleId", f.rule},
      {"ruleIndex", rule_index},
      {"level", sarif_level(f.severity)},
      {"message", {{"text", message}}},
      {"locations",
       // Arrays are spelled out: a braced list of one JSON value is an array to GCC and a copy
       // of the value to Clang.
       ordered_json::array(
           {{{"physicalLocation",
              {{"artifactLocation", artifact_location(file.path)}, {"region", region}}}}})}};
  if (!related.empty()) result["relatedLocations"] = related;
  result["partialFingerprints"] = {{"factlintClaim/v1", fingerprint(f)}};
  return result;
}

class SarifReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    ordered_json rules = ordered_json::array();
    std::vector<std::string> rule_ids;
    ordered_json results = ordered_json::array();
    for (const FileReport& file : files) {
      for (const Finding& f : file.findings) {
        std::size_t index = 0;
        while (index < rule_ids.size() && rule_ids[index] != f.rule) ++index;
        if (index == rule_ids.size()) {
          rule_ids.push_back(f.rule);
          rules.push_back(rule_json(f));
        }
        results.push_back(result_json(file, f, index));
      }
    }
    ordered_json driver{{"name", "factlint"},
                        {"version", FACTLINT_VERSION},
                        {"semanticVersion", FACTLINT_VERSION},
                        {"rules", rules}};
    ordered_json run{{"tool", {{"driver", driver}}}};
    // SARIF 2.1.0 §3.20.21: what kept the run from being complete (no publication date, a
    // knowledge base older than the copy) is a notification of the invocation, not a result.
    ordered_json notifications = ordered_json::array();
    for (const FileReport& file : files)
      for (const std::string& note : file.notes)
        notifications.push_back(
            {{"level", "note"},
             {"message", {{"text", note}}},
             {"locations",
              ordered_json::array({{{"physicalLocation",
                                     {{"artifactLocation", artifact_location(file.path)}}}}})}});
    ordered_json invocation{{"executionSuccessful", true}};
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
    run["invocations"] = ordered_json::array({invocation});
    if (auto root = data_root();
        root && results.dump().find("\"FACTLINT_DATA\"") != std::string::npos)
      run["originalUriBaseIds"] = {
          {"FACTLINT_DATA", {{"uri", "file://" + encode_path(root->generic_string()) + "/"}}}};
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = results;
    ordered_json root{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", {run}}};
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter() {
  return std::make_unique<SarifReporter>();
}

}  // namespace factlint
