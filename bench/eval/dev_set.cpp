// Scoring of an evaluation set with expectations (dev_set.h).
#include "dev_set.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "eval_support.h"

namespace factlint::eval {

namespace fs = std::filesystem;

namespace {

double ratio(int a, int b) {
  return b == 0 ? 1.0 : double(a) / double(b);
}

std::string row(const std::string& kind, const KindTally& t) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%-14s %9d %9d %9d %9d   %.2f / %.2f\n", kind.c_str(), t.findings,
                t.matched_findings, t.errors, t.matched_errors,
                ratio(t.matched_findings, t.findings), ratio(t.matched_errors, t.errors));
  return buf;
}

}  // namespace

double DevScore::precision() const {
  return ratio(all.matched_findings, all.findings);
}
double DevScore::recall() const {
  return ratio(all.matched_errors, all.errors);
}

DevScore score_dev_set(const Checker& checker, const std::string& dir, std::ostream* log) {
  DevScore score;
  std::vector<fs::path> expects;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 12 && name.compare(name.size() - 12, 12, ".expect.json") == 0)
      expects.push_back(e.path());
  }
  std::sort(expects.begin(), expects.end());
  if (expects.empty()) {
    score.error = "no *.expect.json in " + dir;
    return score;
  }
  for (const fs::path& expect_path : expects) {
    nlohmann::json expect;
    try {
      expect = nlohmann::json::parse(slurp(expect_path));
    } catch (const std::exception& e) {
      score.error = expect_path.string() + ": " + e.what();
      return score;
    }
    fs::path article = expect_path.parent_path() / expect["article"].get<std::string>();
    const std::string name = article.filename().string();
    std::string text = slurp(article);
    std::string error;
    auto report = check_text(checker, name, text, &error);
    ++score.articles;
    if (!report) {
      ++score.crashes;
      if (log) *log << "CRASH " << name << ": " << error << "\n";
      report.emplace();
    }
    std::vector<const Finding*> findings;
    for (const Finding& f : report->findings)
      if (is_flag(f)) findings.push_back(&f);
    std::vector<bool> matched(findings.size(), false);
    for (const auto& e : expect["errors"]) {
      const std::string kind = e["kind"];
      Span s = locate(text, e["line"], e["excerpt"]);
      ++score.by_kind[kind].errors;
      ++score.all.errors;
      bool hit = false;
      for (std::size_t i = 0; i < findings.size(); ++i)
        if (overlaps(s, *findings[i])) hit = matched[i] = true;
      if (hit) {
        ++score.by_kind[kind].matched_errors;
        ++score.all.matched_errors;
      } else if (log) {
        *log << "MISS  " << name << ":" << e["line"] << " [" << kind << "] \""
             << e["excerpt"].get<std::string>() << "\"\n";
      }
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
      KindTally& t = score.by_kind[findings[i]->kind];
      ++t.findings;
      ++score.all.findings;
      if (matched[i]) {
        ++t.matched_findings;
        ++score.all.matched_findings;
      } else if (log) {
        *log << "FALSE " << name << ":" << findings[i]->where.line << ":"
             << findings[i]->where.column << " [" << findings[i]->kind << "] \""
             << findings[i]->excerpt << "\" " << findings[i]->message << "\n";
      }
    }
    for (const auto& t : expect["traps"]) {
      ++score.traps;
      Span s = locate(text, t["line"], t["excerpt"]);
      if (std::any_of(findings.begin(), findings.end(),
                      [&](const Finding* f) { return overlaps(s, *f); })) {
        ++score.traps_flagged;
        if (log)
          *log << "TRAP  " << name << ":" << t["line"] << " \"" << t["excerpt"].get<std::string>()
               << "\"\n";
      }
    }
  }
  return score;
}

void print_dev_score(const DevScore& score, std::ostream& out) {
  char head[120];
  std::snprintf(head, sizeof head, "%-14s %9s %9s %9s %9s %9s\n", "kind", "findings", "correct",
                "errors", "found", "P / R");
  out << head;
  for (const auto& [kind, t] : score.by_kind) out << row(kind, t);
  out << row("all", score.all);
  out << "articles: " << score.articles << ", traps: " << score.traps
      << ", traps flagged: " << score.traps_flagged << ", crashes: " << score.crashes << "\n";
  char tail[80];
  std::snprintf(tail, sizeof tail, "precision %.3f, recall %.3f\n", score.precision(),
                score.recall());
  out << tail;
}

}  // namespace factlint::eval
