// eval_dev: precision and recall of factlint's findings on an evaluation set of articles with
// `NAME.expect.json` beside each (../shared/eval/dev by default; see its README).
//
//   build/eval_dev [DIR] [--verbose] [--min-precision P] [--min-recall R] [--max-traps N]
//
// With a floor, the exit status is 1 when a figure falls below it (the test suite runs the dev
// set with the issue's targets, and the held-out set bench/holdout with the figures reached).
// A finding (error or warning) matches an expected error when it is on the same line and its
// column span overlaps the excerpt's. Precision = matching findings / all findings; recall =
// matched errors / all errors; a trap is flagged when any finding overlaps its excerpt.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"
#include "engine/checker.h"
#include "engine/paths.h"
#include "read/readers.h"

using namespace factlint;
namespace fs = std::filesystem;

namespace {

struct Span {
  int line;
  int begin;  // columns, 1-based, end exclusive
  int end;
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The column span of `excerpt` on `line` of `text`; line 0 when not found.
Span locate(const std::string& text, int line, const std::string& excerpt) {
  LineIndex index(text);
  std::string_view l = index.line_text(line);
  std::size_t at = l.find(excerpt);
  if (at == std::string_view::npos) return {0, 0, 0};
  int begin = static_cast<int>(count_code_points(l.substr(0, at))) + 1;
  return {line, begin, begin + static_cast<int>(count_code_points(excerpt))};
}

bool overlaps(const Span& s, const Finding& f) {
  return f.where.line == s.line && f.where.column < s.end && s.begin < f.where.end_column;
}

struct Tally {
  int findings = 0;
  int matched_findings = 0;
  int errors = 0;
  int matched_errors = 0;
};

double ratio(int a, int b) { return b == 0 ? 1.0 : double(a) / double(b); }

}  // namespace

int main(int argc, char** argv) {
  fs::path dir = fs::path(FACTLINT_SOURCE_DIR) / ".." / "shared" / "eval" / "dev";
  bool verbose = false;
  double min_precision = 0;
  double min_recall = 0;
  int max_traps = -1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    bool has_value = i + 1 < argc;
    try {
      if (a == "--verbose" || a == "-v") {
        verbose = true;
      } else if (a == "--min-precision" && has_value) {
        min_precision = std::stod(argv[++i]);
      } else if (a == "--min-recall" && has_value) {
        min_recall = std::stod(argv[++i]);
      } else if (a == "--max-traps" && has_value) {
        max_traps = std::stoi(argv[++i]);
      } else if (!a.empty() && a[0] == '-') {
        std::cerr << "usage: eval_dev [DIR] [--verbose] [--min-precision P] [--min-recall R] "
                     "[--max-traps N]\n";
        return 2;
      } else {
        dir = a;
      }
    } catch (const std::exception&) {
      std::cerr << "eval_dev: " << a << " needs a number, not '" << argv[i] << "'\n";
      return 2;
    }
  }
  Diagnostics diags;
  auto kb_dir = default_data_dir("knowledge");
  auto rules_dir = default_data_dir("rules");
  if (!kb_dir || !rules_dir) {
    std::cerr << "eval_dev: cannot find knowledge/ and rules/\n";
    return 2;
  }
  auto kb = KnowledgeBase::load({{*kb_dir}}, diags);
  auto rules = std::make_shared<const RuleSet>(load_rules({*rules_dir}, diags));
  if (diags.has_errors()) {
    std::cerr << "eval_dev: " << diags.first_error().str() << "\n";
    return 2;
  }
  Checker checker(kb, rules);

  std::vector<fs::path> expects;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().string().size() > 12 &&
        e.path().string().substr(e.path().string().size() - 12) == ".expect.json")
      expects.push_back(e.path());
  std::sort(expects.begin(), expects.end());
  if (expects.empty()) {
    std::cerr << "eval_dev: no *.expect.json in " << dir << "\n";
    return 2;
  }

  std::map<std::string, Tally> by_kind;
  Tally all;
  int traps = 0;
  int traps_flagged = 0;
  for (const fs::path& expect_path : expects) {
    auto expect = nlohmann::json::parse(slurp(expect_path));
    fs::path article = expect_path.parent_path() / expect["article"].get<std::string>();
    std::string text = slurp(article);
    std::string error;
    auto doc = read_document(article.filename().string(), text, detect_format(article.string()), &error);
    if (!doc) continue;
    FileReport report = checker.check(std::move(*doc), {});
    std::vector<const Finding*> findings;
    for (const Finding& f : report.findings)
      if (f.severity != Severity::kInfo) findings.push_back(&f);
    std::vector<bool> finding_matched(findings.size(), false);
    for (const auto& e : expect["errors"]) {
      std::string kind = e["kind"];
      Span s = locate(text, e["line"], e["excerpt"]);
      ++by_kind[kind].errors;
      ++all.errors;
      bool hit = false;
      for (std::size_t i = 0; i < findings.size(); ++i) {
        if (s.line && overlaps(s, *findings[i])) {
          hit = true;
          finding_matched[i] = true;
        }
      }
      if (hit) {
        ++by_kind[kind].matched_errors;
        ++all.matched_errors;
      } else if (verbose) {
        std::cout << "MISS  " << article.filename().string() << ":" << e["line"] << " [" << kind
                  << "] \"" << e["excerpt"].get<std::string>() << "\"\n";
      }
    }
    for (std::size_t i = 0; i < findings.size(); ++i) {
      ++by_kind[findings[i]->kind].findings;
      ++all.findings;
      if (finding_matched[i]) {
        ++by_kind[findings[i]->kind].matched_findings;
        ++all.matched_findings;
      } else if (verbose) {
        std::cout << "FALSE " << article.filename().string() << ":" << findings[i]->where.line
                  << ":" << findings[i]->where.column << " [" << findings[i]->kind << "] \""
                  << findings[i]->excerpt << "\" " << findings[i]->message << "\n";
      }
    }
    for (const auto& t : expect["traps"]) {
      ++traps;
      Span s = locate(text, t["line"], t["excerpt"]);
      bool flagged = std::any_of(findings.begin(), findings.end(),
                                 [&](const Finding* f) { return s.line && overlaps(s, *f); });
      if (flagged) {
        ++traps_flagged;
        if (verbose)
          std::cout << "TRAP  " << article.filename().string() << ":" << t["line"] << " \""
                    << t["excerpt"].get<std::string>() << "\"\n";
      }
    }
  }
  std::printf("%-14s %9s %9s %9s %9s %9s\n", "kind", "findings", "correct", "errors", "found",
              "P / R");
  for (const auto& [kind, t] : by_kind)
    std::printf("%-14s %9d %9d %9d %9d   %.2f / %.2f\n", kind.c_str(), t.findings,
                t.matched_findings, t.errors, t.matched_errors, ratio(t.matched_findings, t.findings),
                ratio(t.matched_errors, t.errors));
  std::printf("%-14s %9d %9d %9d %9d   %.2f / %.2f\n", "all", all.findings, all.matched_findings,
              all.errors, all.matched_errors, ratio(all.matched_findings, all.findings),
              ratio(all.matched_errors, all.errors));
  std::printf("articles: %zu, traps: %d, traps flagged: %d\n", expects.size(), traps, traps_flagged);
  double precision = ratio(all.matched_findings, all.findings);
  double recall = ratio(all.matched_errors, all.errors);
  std::printf("precision %.3f, recall %.3f\n", precision, recall);
  if (precision < min_precision || recall < min_recall ||
      (max_traps >= 0 && traps_flagged > max_traps)) {
    std::printf("FAIL: below the floor (precision %.3f, recall %.3f, traps %d)\n", min_precision,
                min_recall, max_traps);
    return 1;
  }
  return 0;
}
