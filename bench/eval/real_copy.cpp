// The real-copy run and its review file (real_copy.h).
#include "real_copy.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "eval_support.h"

namespace factlint::eval {

namespace fs = std::filesystem;

namespace {

// Table cells hold no pipes or line breaks; long messages are cut.
std::string cell(std::string s, std::size_t limit = 160) {
  for (char& c : s)
    if (c == '|' || c == '\n' || c == '\r') c = ' ';
  if (s.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "...";
  }
  return s;
}

std::string review_key(const std::string& file, const std::string& line, const std::string& rule,
                       const std::string& excerpt) {
  return file + "\x1f" + line + "\x1f" + rule + "\x1f" + excerpt;
}

std::vector<std::string> split_row(const std::string& row) {
  std::vector<std::string> cells;
  std::stringstream in(row);
  std::string c;
  while (std::getline(in, c, '|')) {
    std::size_t b = c.find_first_not_of(' ');
    std::size_t e = c.find_last_not_of(' ');
    cells.push_back(b == std::string::npos ? "" : c.substr(b, e - b + 1));
  }
  if (!cells.empty() && cells.front().empty()) cells.erase(cells.begin());
  return cells;
}

const char* kReviewHeader =
    "# Review of the findings factlint raises on real published copy\n"
    "\n"
    "Every error or warning `build/eval_real` raises on ../shared/corpus/realcopy/, with a\n"
    "judgement: `true slip: ...` (the published copy is wrong) or `false alarm: CLASS` (the copy\n"
    "is right; CLASS names the phrasing or records that misled the check). `build/eval_real\n"
    "--review bench/realcopy-review.md` rewrites this table: judgements of findings still raised\n"
    "are kept, new findings come in as `unreviewed`, findings no longer raised are dropped.\n"
    "Excerpts are the few words a finding points at; the articles themselves stay in ../shared.\n"
    "\n"
    "| file | line | rule | excerpt | message | judgement |\n"
    "| --- | --- | --- | --- | --- | --- |\n";

}  // namespace

RealCopyScore score_real_copy(const Checker& checker, const std::string& dir, int sample) {
  RealCopyScore score;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  if (ec || files.empty()) {
    score.error = "no .txt articles in " + dir;
    return score;
  }
  std::sort(files.begin(), files.end());
  std::map<std::string, std::size_t> group_of;  // kind, subject, reason -> index
  std::size_t step = 1;
  if (sample > 0 && static_cast<std::size_t>(sample) < files.size())
    step = files.size() / static_cast<std::size_t>(sample);
  for (std::size_t i = 0; i < files.size(); i += step) {
    const std::string name = files[i].filename().string();
    std::string error;
    auto report = check_text(checker, name, slurp(files[i]), &error);
    ++score.articles;
    if (!report) {
      ++score.crashes;
      score.crash_messages.push_back(name + ": " + error);
      continue;
    }
    for (const ClaimRecord& c : report->claims) {
      ++score.claims_by_verdict[verdict_name(c.verdict)];
      if (c.verdict != Verdict::kUnverifiable) continue;
      const std::string key = c.kind + "\x1f" + c.subject + "\x1f" + c.note;
      auto [it, added] = group_of.emplace(key, score.unverifiable.size());
      if (added)
        score.unverifiable.push_back(
            {c.kind, c.subject, c.note, 0, name + ":" + std::to_string(c.where.line) + " " + c.text});
      ++score.unverifiable[it->second].count;
    }
    for (const Finding& f : report->findings) {
      if (!is_flag(f)) continue;
      score.flags.push_back({name, f.where.line, f.rule, f.kind, f.excerpt, f.message});
      ++score.flags_by_kind[f.kind];
    }
  }
  return score;
}

void print_real_copy_score(const RealCopyScore& score, std::ostream& out) {
  char buf[200];
  std::snprintf(buf, sizeof buf,
                "realcopy: %d articles, %d crashes, %zu error/warning findings = %.1f per 100 "
                "articles\n",
                score.articles, score.crashes, score.flags.size(), score.flags_per_100());
  out << buf;
  for (const auto& [kind, n] : score.flags_by_kind) {
    std::snprintf(buf, sizeof buf, "  %-14s %5d  %.2f per 100\n", kind.c_str(), n,
                  score.articles ? 100.0 * n / score.articles : 0.0);
    out << buf;
  }
  int claims = 0;
  for (const auto& [verdict, n] : score.claims_by_verdict) claims += n;
  out << "  claims:";
  for (const auto& [verdict, n] : score.claims_by_verdict) {
    std::snprintf(buf, sizeof buf, " %s %d (%.1f%%)", verdict.c_str(), n,
                  claims ? 100.0 * n / claims : 0.0);
    out << buf;
  }
  out << "\n";
  for (const std::string& m : score.crash_messages) out << "  CRASH " << m << "\n";
}

void print_unverifiable(const RealCopyScore& score, std::ostream& out, int top) {
  std::map<std::string, int> by_kind;
  std::map<std::string, int> claims_by_kind;
  int unverifiable = 0;
  for (const UnverifiableGroup& g : score.unverifiable) {
    by_kind[g.kind] += g.count;
    unverifiable += g.count;
  }
  int claims = 0;
  for (const auto& [verdict, n] : score.claims_by_verdict) claims += n;
  char buf[256];
  std::snprintf(buf, sizeof buf, "unverifiable claims: %d of %d (%.1f%%), in %zu groups\n",
                unverifiable, claims, claims ? 100.0 * unverifiable / claims : 0.0,
                score.unverifiable.size());
  out << buf;
  for (const auto& [kind, n] : by_kind) {
    std::snprintf(buf, sizeof buf, "  %-14s %5d\n", kind.c_str(), n);
    out << buf;
  }
  std::vector<const UnverifiableGroup*> ranked;
  for (const UnverifiableGroup& g : score.unverifiable) ranked.push_back(&g);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto* a, const auto* b) { return a->count > b->count; });
  if (top >= 0 && ranked.size() > static_cast<std::size_t>(top)) ranked.resize(top);
  out << "  count | kind | subject | reason | first claim\n";
  for (const UnverifiableGroup* g : ranked) {
    std::snprintf(buf, sizeof buf, "  %5d | ", g->count);
    out << buf << g->kind << " | " << (g->subject.empty() ? "-" : g->subject) << " | "
        << cell(g->reason, 120) << " | " << cell(g->example, 100) << "\n";
  }
}

int update_review(const RealCopyScore& score, const std::string& path, std::string* error) {
  std::map<std::string, std::string> judgements;
  {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("| ", 0) != 0 || line.rfind("| file ", 0) == 0 || line.rfind("| ---", 0) == 0)
        continue;
      auto cells = split_row(line);
      if (cells.size() < 6) continue;
      judgements[review_key(cells[0], cells[1], cells[2], cells[3])] = cells[5];
    }
  }
  std::ostringstream out;
  out << kReviewHeader;
  int unreviewed = 0;
  std::set<std::string> seen;
  for (const RealCopyFlag& f : score.flags) {
    const std::string line = std::to_string(f.line);
    const std::string excerpt = cell(f.excerpt, 60);
    const std::string key = review_key(f.file, line, f.rule, excerpt);
    if (!seen.insert(key).second) continue;
    auto it = judgements.find(key);
    std::string judgement = it == judgements.end() ? "unreviewed" : it->second;
    if (judgement == "unreviewed") ++unreviewed;
    out << "| " << f.file << " | " << line << " | " << f.rule << " | " << excerpt << " | "
        << cell(f.message) << " | " << judgement << " |\n";
  }
  const std::string tmp = path + ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    file << out.str();
    if (!file.flush()) {
      *error = "cannot write " + tmp;
      std::remove(tmp.c_str());
      return -1;
    }
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    *error = "cannot replace " + path + ": " + ec.message();
    std::remove(tmp.c_str());
    return -1;
  }
  return unreviewed;
}

}  // namespace factlint::eval
