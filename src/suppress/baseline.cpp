// Baselines: fingerprints, the baseline file (JSON), filtering.
#include "suppress/baseline.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"

namespace factlint {

namespace {

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 1469598103934665603ULL) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

std::string baseline_path(const std::string& path) {
  std::string p = path;
  for (char& c : p)
    if (c == '\\') c = '/';
  if (p.compare(0, 2, "./") == 0) p.erase(0, 2);
  return p;
}

}  // namespace

std::string normalise_sentence(std::string_view sentence) {
  std::string out;
  bool gap = false;
  for (char c : sentence) {
    bool keep = is_ascii_alpha(c) || is_ascii_digit(c) || static_cast<unsigned char>(c) >= 0x80;
    if (!keep) {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    out.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return out;
}

std::string fingerprint(const Finding& f) {
  // Fields joined with a separator no field contains, so ("ab","c") and ("a","bc") differ.
  std::string key = f.rule + '\x1f' + f.subject + '\x1f' + f.found + '\x1f' +
                    normalise_sentence(f.sentence.empty() ? f.excerpt : f.sentence);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(fnv1a(key)));
  return hex;
}

bool write_baseline(const std::string& file, const std::vector<FileReport>& reports,
                    std::string* error) {
  nlohmann::ordered_json findings = nlohmann::ordered_json::array();
  for (const FileReport& r : reports)
    for (const Finding& f : r.findings)
      findings.push_back({{"path", baseline_path(r.path)},
                          {"fingerprint", fingerprint(f)},
                          {"rule", f.rule},
                          {"line", f.where.line},
                          {"excerpt", f.excerpt}});
  nlohmann::ordered_json root{
      {"tool", "factlint"}, {"baseline_version", 1}, {"findings", findings}};
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  if (!(out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n")) {
    *error = file + ": cannot write the baseline";
    return false;
  }
  return true;
}

std::optional<Baseline> read_baseline(const std::string& file, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec)) {
    *error = file + ": is a directory, not a baseline file";
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    *error = file + ": cannot read the baseline";
    return std::nullopt;
  }
  std::stringstream buf;
  buf << in.rdbuf();
  nlohmann::json root = nlohmann::json::parse(buf.str(), nullptr, false);
  if (root.is_discarded() || !root.is_object() || !root.contains("findings") ||
      !root["findings"].is_array()) {
    *error = file + ": not a factlint baseline (expected a JSON object with \"findings\")";
    return std::nullopt;
  }
  Baseline baseline;
  for (const auto& f : root["findings"]) {
    if (!f.is_object() || !f.contains("path") || !f.contains("fingerprint") ||
        !f["path"].is_string() || !f["fingerprint"].is_string()) {
      *error = file + ": baseline entry without path and fingerprint";
      return std::nullopt;
    }
    ++baseline.counts[{f["path"].get<std::string>(), f["fingerprint"].get<std::string>()}];
  }
  return baseline;
}

int filter_baseline(std::vector<FileReport>& reports, const Baseline& baseline) {
  std::map<std::pair<std::string, std::string>, int> left = baseline.counts;
  int known = 0;
  for (FileReport& r : reports) {
    std::vector<Finding> kept;
    for (Finding& f : r.findings) {
      auto it = left.find({baseline_path(r.path), fingerprint(f)});
      if (it != left.end() && it->second > 0) {
        --it->second;
        ++known;
      } else {
        kept.push_back(std::move(f));
      }
    }
    r.findings = std::move(kept);
  }
  return known;
}

}  // namespace factlint
