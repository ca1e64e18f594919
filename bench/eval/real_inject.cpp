// Scoring of injected errors in real articles (real_inject.h).
#include "real_inject.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/text.h"
#include "eval_support.h"

namespace factlint::eval {

namespace {

// The text split at '\n' and joined again, as the README's scorer edits lines.
std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (;;) {
    std::size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

bool any_overlap(const FileReport& report, const Span& span) {
  return std::any_of(report.findings.begin(), report.findings.end(),
                     [&](const Finding& f) { return is_flag(f) && overlaps(span, f); });
}

}  // namespace

double RealInjectScore::worst_kind_recall() const {
  double worst = 1;
  for (const auto& [kind, t] : by_kind)
    if (t.specs) worst = std::min(worst, double(t.hits) / t.specs);
  return worst;
}

RealInjectScore score_real_inject(const Checker& checker, const std::string& specs_path,
                                  const std::string& corpus_dir, std::ostream* log) {
  RealInjectScore score;
  std::ifstream in(specs_path);
  if (!in) {
    score.error = "cannot read " + specs_path;
    return score;
  }
  std::map<std::string, std::optional<FileReport>> originals;  // per article, checked once
  std::string raw;
  int line_number = 0;
  while (std::getline(in, raw)) {
    ++line_number;
    if (raw.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json spec;
    try {
      spec = nlohmann::json::parse(raw);
    } catch (const std::exception& e) {
      score.error = specs_path + ":" + std::to_string(line_number) + ": " + e.what();
      return score;
    }
    const std::string id = spec.value("id", "?");
    const std::string kind = spec.value("kind", "?");
    const std::string file = spec.value("file", "");
    const std::string original = spec.value("original", "");
    const std::string mutated = spec.value("mutated", "");
    const int ln = spec.value("line", 0);
    InjectTally& tally = score.by_kind[kind];
    ++tally.specs;
    ++score.all.specs;

    const std::string text = slurp(std::filesystem::path(corpus_dir) / file);
    std::vector<std::string> lines = split_lines(text);
    if (text.empty() || ln < 1 || ln > static_cast<int>(lines.size()) || original.empty()) {
      ++score.bad_specs;
      if (log) *log << "BAD SPEC " << id << ": no line " << ln << " in " << file << "\n";
      continue;
    }
    const std::string& line = lines[ln - 1];
    std::size_t at = line.find(original);
    if (at == std::string::npos || line.find(original, at + 1) != std::string::npos) {
      ++score.bad_specs;
      if (log) *log << "BAD SPEC " << id << ": the original is not once on its line\n";
      continue;
    }
    const int column =
        static_cast<int>(count_code_points(std::string_view(line).substr(0, at))) + 1;

    auto cached = originals.find(file);
    if (cached == originals.end()) {
      std::string error;
      auto report = check_text(checker, file, text, &error);
      if (!report) {
        ++score.crashes;
        if (log) *log << "CRASH " << file << " (original): " << error << "\n";
      }
      cached = originals.emplace(file, std::move(report)).first;
    }
    if (cached->second &&
        any_overlap(*cached->second,
                    {ln, column, column + static_cast<int>(count_code_points(original))})) {
      ++tally.false_alarms;
      ++score.all.false_alarms;
      if (log) *log << "FALSE ALARM " << id << " [" << kind << "] " << file << ":" << ln << "\n";
    }

    lines[ln - 1] = line.substr(0, at) + mutated + line.substr(at + original.size());
    std::string error;
    auto report = check_text(checker, file, join_lines(lines), &error);
    if (!report) {
      ++score.crashes;
      if (log) *log << "CRASH " << id << " (mutated): " << error << "\n";
      continue;
    }
    if (any_overlap(*report, {ln, column, column + static_cast<int>(count_code_points(mutated))})) {
      ++tally.hits;
      ++score.all.hits;
    } else if (log) {
      *log << "MISS " << id << " [" << kind << "] " << file << ":" << ln << ": '" << original
           << "' -> '" << mutated << "'\n";
    }
  }
  return score;
}

void print_real_inject_score(const RealInjectScore& score, std::ostream& out) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-14s %14s %13s\n", "kind", "recall", "false alarms");
  out << buf;
  auto row = [&](const std::string& kind, const InjectTally& t) {
    std::snprintf(buf, sizeof buf, "%-14s %4d/%-4d %5.2f %13d\n", kind.c_str(), t.hits, t.specs,
                  t.specs ? double(t.hits) / t.specs : 0.0, t.false_alarms);
    out << buf;
  };
  for (const auto& [kind, t] : score.by_kind) row(kind, t);
  row("overall", score.all);
  out << "crashes: " << score.crashes << ", bad specs: " << score.bad_specs << "\n";
}

}  // namespace factlint::eval
