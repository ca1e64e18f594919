// Time expressions: ordered recognisers over the text; leftmost-longest wins on overlap.
#include "recognise/time_expressions.h"

#include <re2/re2.h>

#include <algorithm>
#include <functional>
#include <memory>

#include "core/text.h"
#include "read/publication_date.h"

namespace factlint {

namespace {

namespace gd = boost::gregorian;

// Shared pattern pieces. Month names are matched case-sensitively capitalised: "may" and
// "march" in lower case are verbs far more often than months.
const std::string kMonth =
    "(January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|"
    "Dec\\.?)";
const std::string kWeekday =
    "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tue\\.?|Tues\\.?|"
    "Wed\\.?|Thu\\.?|Thurs\\.?|Fri\\.?|Sat\\.?|Sun\\.?)";
const std::string kDay = "([0-3]?[0-9])(?:st|nd|rd|th)?";
const std::string kYear = "([12][0-9]{3})";
// Word boundaries RE2 supports only for ASCII; that is enough for digits and month names.
const std::string kLeft = "\\b";
const std::string kRight = "(?:\\b|$)";

struct Candidate {
  TimeExpression expr;
  int priority;  // on equal spans, the lower wins
};

using Resolver =
    std::function<std::optional<TimeExpression>(const std::string* groups, const TimeContext& ctx)>;

struct Recogniser {
  std::unique_ptr<RE2> re;
  int groups;
  Resolver resolve;
  bool span_from_groups;  // the pattern consumes delimiters around the expression
};

std::optional<Day> make_day(int y, int m, int d) {
  auto f = FuzzyDate::from_parts(y, m, d);
  if (!f || f->precision() != DatePrecision::kDay) return std::nullopt;
  return f->first_day();
}

int to_int(const std::string& s) {
  return s.empty() ? 0 : std::stoi(s);
}

TimeExpression day_expr(Day day, const std::string& weekday) {
  TimeExpression t;
  t.value = iso_day(day);
  t.grain = TimeGrain::kDay;
  t.period = Period(day, day + gd::days(1));
  if (!weekday.empty()) t.weekday = weekday_from_name(weekday);
  return t;
}

// The year for a month and day written without one, from the reference date and direction.
std::optional<int> infer_year(int month, int day, const TimeContext& ctx) {
  if (!ctx.reference) return std::nullopt;
  Day ref = *ctx.reference;
  int y = ref.year();
  auto same_year = make_day(y, month, day == 0 ? 1 : day);
  if (!same_year) return std::nullopt;
  if (ctx.direction == Direction::kFuture) {
    return (*same_year < ref && (day != 0 || month < ref.month())) ? y + 1 : y;
  }
  // News: a bare month-day is usually within a few months of the reference date. Past (or
  // tense unknown): the most recent such date on or before the reference, unless the date is
  // only a little ahead of it (a scheduled event), which stays in the same year.
  if (*same_year <= ref) return y;
  long ahead = (*same_year - ref).days();
  return ahead <= 62 ? y : y - 1;
}

std::vector<Recogniser> build_recognisers() {
  std::vector<Recogniser> out;
  auto add = [&](const std::string& pattern, Resolver r, bool span_from_groups = false) {
    auto re = std::make_unique<RE2>(pattern);
    int groups = re->NumberOfCapturingGroups();
    out.push_back({std::move(re), groups, std::move(r), span_from_groups});
  };
  const std::string weekday_prefix = "(?:" + kWeekday + ",?\\s+(?:the\\s+)?)?";
  // Friday, July 17, 2014 / Feb. 24, 2022 / February 24th 2022
  add(kLeft + weekday_prefix + kMonth + "\\s+" + kDay + ",?\\s+" + kYear + kRight,
      [](const std::string* g, const TimeContext&) -> std::optional<TimeExpression> {
        auto d = make_day(to_int(g[3]), month_from_name(g[1]), to_int(g[2]));
        if (!d) return std::nullopt;
        return day_expr(*d, g[0]);
      });
  // Fri, 08 August 2025 / 24 February 2022 / 24th of February, 2022
  add(kLeft + weekday_prefix + kDay + "\\s+(?:of\\s+)?" + kMonth + ",?\\s+" + kYear + kRight,
      [](const std::string* g, const TimeContext&) -> std::optional<TimeExpression> {
        auto d = make_day(to_int(g[3]), month_from_name(g[2]), to_int(g[1]));
        if (!d) return std::nullopt;
        return day_expr(*d, g[0]);
      });
  // 2022-02-24
  add(kLeft + "([12][0-9]{3})-([01][0-9])-([0-3][0-9])" + kRight,
      [](const std::string* g, const TimeContext&) -> std::optional<TimeExpression> {
        auto d = make_day(to_int(g[0]), to_int(g[1]), to_int(g[2]));
        if (!d) return std::nullopt;
        return day_expr(*d, "");
      });
  // Thursday, June 12 / June 12 / Feb. 24: the year comes from the reference date.
  add(kLeft + weekday_prefix + kMonth + "\\s+" + kDay + kRight,
      [](const std::string* g, const TimeContext& ctx) -> std::optional<TimeExpression> {
        int month = month_from_name(g[1]);
        int day = to_int(g[2]);
        auto year = infer_year(month, day, ctx);
        if (!year) return std::nullopt;
        auto d = make_day(*year, month, day);
        if (!d) return std::nullopt;
        TimeExpression t = day_expr(*d, g[0]);
        t.relative = true;
        return t;
      });
  // 12 June (British order, no year)
  add(kLeft + weekday_prefix + kDay + "\\s+" + kMonth + kRight,
      [](const std::string* g, const TimeContext& ctx) -> std::optional<TimeExpression> {
        int month = month_from_name(g[2]);
        int day = to_int(g[1]);
        auto year = infer_year(month, day, ctx);
        if (!year) return std::nullopt;
        auto d = make_day(*year, month, day);
        if (!d) return std::nullopt;
        TimeExpression t = day_expr(*d, g[0]);
        t.relative = true;
        return t;
      });
  // February 2024 / Feb. 2024
  add(kLeft + kMonth + ",?\\s+(?:of\\s+)?" + kYear + kRight,
      [](const std::string* g, const TimeContext&) -> std::optional<TimeExpression> {
        auto f = FuzzyDate::from_parts(to_int(g[1]), month_from_name(g[0]));
        if (!f) return std::nullopt;
        TimeExpression t;
        t.value = f->iso();
        t.grain = TimeGrain::kMonth;
        t.period = f->period();
        return t;
      });
  // 2022 (a year standing alone: not part of a larger number, an amount or a count)
  add(
      "(?:^|[^0-9,.$£€])([12][0-9]{3})(?:$|[^0-9%,]|,\\s|,$)",
      [](const std::string* g, const TimeContext&) -> std::optional<TimeExpression> {
        int y = to_int(g[0]);
        if (y < 1000 || y > 2199) return std::nullopt;
        auto f = FuzzyDate::from_parts(y);
        if (!f) return std::nullopt;
        TimeExpression t;
        t.value = f->iso();
        t.grain = TimeGrain::kYear;
        t.period = f->period();
        return t;
      },
      /*span_from_groups=*/true);
  return out;
}

const std::vector<Recogniser>& recognisers() {
  static const std::vector<Recogniser> kAll = build_recognisers();
  return kAll;
}

}  // namespace

const char* grain_name(TimeGrain grain) {
  switch (grain) {
    case TimeGrain::kDay:
      return "day";
    case TimeGrain::kWeek:
      return "week";
    case TimeGrain::kMonth:
      return "month";
    case TimeGrain::kQuarter:
      return "quarter";
    case TimeGrain::kSeason:
      return "season";
    case TimeGrain::kYear:
      return "year";
    case TimeGrain::kDecade:
      return "decade";
    case TimeGrain::kCentury:
      return "century";
    case TimeGrain::kVague:
      return "vague";
  }
  return "day";
}

std::optional<int> weekday_from_name(std::string_view name) {
  static const char* const kNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};
  std::string lower = to_lower_ascii(name);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.size() < 3) return std::nullopt;
  for (int i = 0; i < 7; ++i) {
    std::string_view full = kNames[i];
    if (full.substr(0, lower.size()) == lower) return i;
  }
  return std::nullopt;
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::size_t begin,
                                                  std::size_t end, const TimeContext& ctx) {
  std::vector<Candidate> found;
  re2::StringPiece input(text.data() + begin, end - begin);
  int priority = 0;
  for (const Recogniser& r : recognisers()) {
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(r.groups) + 1);
    std::size_t pos = 0;
    while (pos <= input.size() && r.re->Match(input, pos, input.size(), RE2::UNANCHORED,
                                              pieces.data(), static_cast<int>(pieces.size()))) {
      re2::StringPiece whole = pieces[0];
      std::vector<std::string> groups(static_cast<std::size_t>(r.groups));
      std::size_t span_begin = std::string::npos;
      std::size_t span_end = 0;
      for (int i = 1; i <= r.groups; ++i) {
        const re2::StringPiece& p = pieces[static_cast<std::size_t>(i)];
        if (p.data() == nullptr) continue;
        groups[static_cast<std::size_t>(i - 1)] = std::string(p);
        auto b = static_cast<std::size_t>(p.data() - input.data());
        span_begin = std::min(span_begin, b);
        span_end = std::max(span_end, b + p.size());
      }
      auto whole_begin = static_cast<std::size_t>(whole.data() - input.data());
      std::size_t whole_end = whole_begin + whole.size();
      pos = whole.empty() ? whole_end + 1 : std::max(whole_end, pos + 1);
      if (r.span_from_groups) {
        // The match consumed a delimiter on each side; let the next search see it.
        if (span_end > 0 && span_end < whole_end) pos = std::max(span_end, pos - 1);
        if (span_begin == std::string::npos) continue;
      } else {
        span_begin = whole_begin;
        span_end = whole_end;
      }
      auto expr = r.resolve(groups.data(), ctx);
      if (!expr) continue;
      expr->begin = begin + span_begin;
      expr->end = begin + span_end;
      expr->text = std::string(text.substr(expr->begin, expr->end - expr->begin));
      found.push_back({std::move(*expr), priority});
    }
    ++priority;
  }
  // Leftmost-longest, then recogniser order.
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.expr.begin != b.expr.begin) return a.expr.begin < b.expr.begin;
    if (a.expr.end != b.expr.end) return a.expr.end > b.expr.end;
    return a.priority < b.priority;
  });
  std::vector<TimeExpression> out;
  std::size_t covered = 0;
  for (Candidate& c : found) {
    if (!out.empty() && c.expr.begin < covered) continue;
    covered = c.expr.end;
    out.push_back(std::move(c.expr));
  }
  return out;
}

}  // namespace factlint
