// time_eval: scores the time-expression recogniser on TempEval-3 and Duckling's corpus.
//
//   time_eval --te3 /work/shared/eval/time/te3-platinum
//   time_eval --duckling /work/shared/eval/time/duckling [--min-accuracy 60] [--errors]
//
// TempEval-3 (.tml files, gold DCT): extent F1 strict (exact span) and relaxed (overlapping
// span), and value F1 (relaxed matches whose value is equal, as precision over the system's
// expressions and recall over the gold ones), as the TempEval-3 toolkit scores them.
// Duckling (TSV rows: text, reference time, kind, expected value, grain), resolved with
// direction future: accuracy over the rows, and the number of negative rows that produced a
// date. With --min-accuracy the exit status is 1 when the accuracy falls below it or any
// negative row produced a date: the regression test runs it that way.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "recognise/time_expressions.h"

namespace fs = std::filesystem;
using namespace factlint;

namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string attribute(const std::string& tag, const std::string& name) {
  std::string key = " " + name + "=\"";
  auto at = tag.find(key);
  if (at == std::string::npos) return "";
  at += key.size();
  return tag.substr(at, tag.find('"', at) - at);
}

struct GoldTimex {
  std::size_t begin, end;
  std::string value, type, text;
};

struct Te3Doc {
  std::string name;
  Day dct;
  std::string text;
  std::vector<GoldTimex> gold;
};

// The <TEXT> of a TimeML file without its tags, and the TIMEX3 spans in that plain text.
std::optional<Te3Doc> parse_tml(const fs::path& p) {
  std::string raw = read_all(p);
  Te3Doc doc;
  doc.name = p.stem().string();
  auto dct_at = raw.find("<DCT>");
  if (dct_at == std::string::npos) return std::nullopt;
  auto dct_tag_end = raw.find('>', raw.find("<TIMEX3", dct_at));
  std::string dct_value = attribute(raw.substr(dct_at, dct_tag_end - dct_at), "value");
  auto dct = FuzzyDate::parse(dct_value.substr(0, 10));
  if (!dct) return std::nullopt;
  doc.dct = dct->first_day();
  auto a = raw.find("<TEXT>");
  auto b = raw.find("</TEXT>");
  if (a == std::string::npos || b == std::string::npos) return std::nullopt;
  std::string body = raw.substr(a + 6, b - a - 6);
  std::vector<GoldTimex> open;
  for (std::size_t i = 0; i < body.size();) {
    if (body[i] == '<') {
      std::size_t close = body.find('>', i);
      std::string tag = body.substr(i, close - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        open.push_back({doc.text.size(), 0, attribute(tag, "value"), attribute(tag, "type"), ""});
      } else if (tag.rfind("</TIMEX3", 0) == 0 && !open.empty()) {
        GoldTimex t = open.back();
        open.pop_back();
        t.end = doc.text.size();
        t.text = doc.text.substr(t.begin, t.end - t.begin);
        doc.gold.push_back(t);
      }
      i = close + 1;
      continue;
    }
    if (body[i] == '&') {
      static const std::pair<const char*, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [entity, c] : kEntities) {
        std::string e = entity;
        if (body.compare(i, e.size(), e) == 0) {
          doc.text += c;
          i += e.size();
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    doc.text += body[i++];
  }
  return doc;
}

double f1(double p, double r) {
  return p + r == 0 ? 0 : 2 * p * r / (p + r);
}

int score_te3(const fs::path& dir, bool show_errors) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".tml") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  long gold_n = 0, sys_n = 0, strict = 0, relaxed = 0, value = 0;
  for (const fs::path& f : files) {
    auto doc = parse_tml(f);
    if (!doc) {
      std::cerr << f.string() << ": cannot read\n";
      return 2;
    }
    TimeContext ctx;
    ctx.reference = doc->dct;
    std::vector<TimeExpression> sys = find_time_expressions(doc->text, 0, doc->text.size(), ctx);
    gold_n += static_cast<long>(doc->gold.size());
    sys_n += static_cast<long>(sys.size());
    std::vector<bool> used(sys.size(), false);
    for (const GoldTimex& g : doc->gold) {
      std::size_t hit = sys.size();
      for (std::size_t i = 0; i < sys.size(); ++i) {
        if (used[i] || sys[i].end <= g.begin || g.end <= sys[i].begin) continue;
        if (hit == sys.size() || (sys[i].begin == g.begin && sys[i].end == g.end)) hit = i;
      }
      if (hit == sys.size()) {
        if (show_errors)
          std::cout << "MISS " << doc->name << " \"" << g.text << "\" " << g.value << "\n";
        continue;
      }
      used[hit] = true;
      ++relaxed;
      if (sys[hit].begin == g.begin && sys[hit].end == g.end) ++strict;
      if (sys[hit].value == g.value)
        ++value;
      else if (show_errors)
        std::cout << "VALUE " << doc->name << " \"" << g.text << "\" gold " << g.value << " got \""
                  << sys[hit].text << "\" " << sys[hit].value << "\n";
      if (show_errors && (sys[hit].begin != g.begin || sys[hit].end != g.end))
        std::cout << "EXTENT " << doc->name << " gold \"" << g.text << "\" got \"" << sys[hit].text
                  << "\"\n";
    }
    if (show_errors)
      for (std::size_t i = 0; i < sys.size(); ++i)
        if (!used[i])
          std::cout << "EXTRA " << doc->name << " \"" << sys[i].text << "\" " << sys[i].value
                    << "\n";
  }
  auto line = [&](const char* what, long matched) {
    double p = sys_n ? 100.0 * static_cast<double>(matched) / static_cast<double>(sys_n) : 0;
    double r = gold_n ? 100.0 * static_cast<double>(matched) / static_cast<double>(gold_n) : 0;
    std::printf("%-16s P %5.1f  R %5.1f  F1 %5.1f\n", what, p, r, f1(p, r));
  };
  std::printf("TempEval-3 Platinum: %zu documents, %ld gold, %ld system expressions\n",
              files.size(), gold_n, sys_n);
  line("extent strict", strict);
  line("extent relaxed", relaxed);
  line("value", value);
  return 0;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    auto tab = line.find('\t', start);
    out.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

std::optional<Day> day_of(const std::string& iso) {
  auto d = FuzzyDate::parse(iso.substr(0, 10));
  if (!d || d->precision() != DatePrecision::kDay) return std::nullopt;
  return d->first_day();
}

// The period Duckling means by an instant of a grain starting on a day.
std::optional<Period> instant_period(Day start, const std::string& grain) {
  namespace gd = boost::gregorian;
  if (grain == "day") return Period(start, start + gd::days(1));
  if (grain == "week") return Period(start, start + gd::days(7));
  if (grain == "month") return Period(start, start + gd::months(1));
  if (grain == "quarter") return Period(start, start + gd::months(3));
  if (grain == "year") return Period(start, start + gd::years(1));
  return std::nullopt;
}

bool duckling_row_correct(const std::vector<std::string>& row, const TimeExpression& e) {
  const std::string& kind = row[3];
  const std::string& expected = row[4];
  const std::string& grain = row[5];
  if (!e.period) return false;
  if (kind == "instant") {
    auto start = day_of(expected);
    auto want = start ? instant_period(*start, grain) : std::nullopt;
    return want && *e.period == *want;
  }
  if (kind == "interval") {
    auto slash = expected.find('/');
    if (slash == std::string::npos) return false;
    auto a = day_of(expected);
    auto b = day_of(expected.substr(slash + 1));
    if (!a || !b) return false;
    Period want(*a, *b);
    return *e.period == want || (e.range && *e.range == want);
  }
  auto start = day_of(expected);
  if (!start || e.period->begin() != *start) return false;
  if (kind == "open_after") return e.signal == "since" || e.signal == "after" || e.signal == "from";
  if (kind == "open_before")
    return e.signal == "before" || e.signal == "until" || e.signal == "through" ||
           e.signal == "by" || e.signal == "till";
  return false;
}

int score_duckling(const fs::path& dir, bool show_errors, double min_accuracy) {
  long rows = 0, correct = 0, negatives = 0, negative_dates = 0;
  for (const char* name : {"en_day_or_coarser.tsv", "en_negative.tsv"}) {
    std::ifstream in(dir / name);
    if (!in) {
      std::cerr << (dir / name).string() << ": cannot read\n";
      return 2;
    }
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      std::vector<std::string> row = split_tabs(line);
      if (row.size() < 6) continue;
      auto ref = day_of(row[2]);
      if (!ref) continue;
      TimeContext ctx;
      ctx.reference = *ref;
      ctx.direction = Direction::kFuture;
      const std::string& text = row[1];
      std::vector<TimeExpression> found = find_time_expressions(text, 0, text.size(), ctx);
      if (row[3] == "none") {
        ++negatives;
        bool dated = std::any_of(found.begin(), found.end(),
                                 [](const TimeExpression& e) { return e.period.has_value(); });
        if (dated) {
          ++negative_dates;
          if (show_errors) std::cout << "NEGATIVE \"" << text << "\" gave a date\n";
        }
        continue;
      }
      ++rows;
      // Duckling answers with one expression: the longest one found.
      const TimeExpression* best = nullptr;
      for (const TimeExpression& e : found)
        if (!best || e.end - e.begin > best->end - best->begin) best = &e;
      if (best && duckling_row_correct(row, *best)) {
        ++correct;
      } else if (show_errors) {
        std::cout << "WRONG \"" << text << "\" want " << row[3] << " " << row[4] << " " << row[5]
                  << " got ";
        if (best)
          std::cout << "\"" << best->text << "\" " << best->value
                    << (best->period ? " " + describe_period(*best->period) : "");
        else
          std::cout << "nothing";
        std::cout << "\n";
      }
    }
  }
  double accuracy = rows ? 100.0 * static_cast<double>(correct) / static_cast<double>(rows) : 0;
  std::printf("Duckling English (direction future): %ld/%ld rows correct, accuracy %.1f%%\n",
              correct, rows, accuracy);
  std::printf("Duckling negative rows: %ld of %ld gave a date\n", negative_dates, negatives);
  if (min_accuracy > 0 && (accuracy < min_accuracy || negative_dates > 0)) {
    std::printf("FAIL: below the floor of %.1f%% or a date from a negative row\n", min_accuracy);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool show_errors = std::find(args.begin(), args.end(), "--errors") != args.end();
  double min_accuracy = 0;
  std::string te3, duckling;
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == "--te3") te3 = args[i + 1];
    if (args[i] == "--duckling") duckling = args[i + 1];
    if (args[i] == "--min-accuracy") min_accuracy = std::stod(args[i + 1]);
  }
  if (te3.empty() && duckling.empty()) {
    std::cerr << "usage: time_eval [--te3 DIR] [--duckling DIR [--min-accuracy PCT]] [--errors]\n";
    return 2;
  }
  int status = 0;
  if (!te3.empty()) status = std::max(status, score_te3(te3, show_errors));
  if (!duckling.empty())
    status = std::max(status, score_duckling(duckling, show_errors, min_accuracy));
  return status;
}
