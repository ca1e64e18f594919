// Calendar helpers and shared pattern pieces for the time recognisers.
#include <cstdio>

#include "core/text.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

const std::string kMonth =
    "((?i:January|February|April|June|July|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)|"
    "March|May|August|Mar\\.?|Aug\\.?)";
const std::string kWeekday = "((?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?)";
const std::string kWeekdayAbbr =
    "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\\.?|Tue\\.?|Tues\\.?|"
    "Wed\\.?|Thu\\.?|Thurs\\.?|Fri\\.?|Sat\\.?|Sun\\.?)";
const std::string kDayNum = "([0-3]?[0-9])(?:st|nd|rd|th)?";
const std::string kYear4 = "([12][0-9]{3})";
const std::string kCount =
    "((?i:\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    "sixty|seventy|eighty|ninety|a hundred|one hundred|a couple of|couple of|a few|few|several|"
    "many)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)";
const std::string kOrdinal =
    "((?i:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    "eighteenth|nineteenth|twentieth|twenty-first|twenty-second))";
const std::string kUnit =
    "((?i:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|"
    "century|centuries))";

int to_int(const std::string& s) {
  if (s.empty() || s.size() > 9) return 0;
  for (char c : s)
    if (!is_ascii_digit(c)) return 0;
  return std::stoi(s);
}

namespace {

const char* const kSmall[] = {"zero",    "one",     "two",       "three",    "four",
                              "five",    "six",     "seven",     "eight",    "nine",
                              "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                              "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kTens[] = {"twenty", "thirty",  "forty",  "fifty",
                             "sixty",  "seventy", "eighty", "ninety"};
const char* const kOrdinals[] = {
    "",           "first",     "second",    "third",       "fourth",     "fifth",      "sixth",
    "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",    "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};

std::optional<int> word_number(const std::string& w) {
  for (int i = 0; i < 20; ++i)
    if (w == kSmall[i]) return i;
  for (int i = 0; i < 8; ++i) {
    std::string tens = kTens[i];
    if (w == tens) return 20 + 10 * i;
    if (w.size() > tens.size() + 1 && w.compare(0, tens.size() + 1, tens + "-") == 0) {
      auto unit = word_number(w.substr(tens.size() + 1));
      if (unit && *unit < 10) return 20 + 10 * i + *unit;
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<double> count_value(const std::string& word) {
  std::string w = to_lower_ascii(word);
  if (w.empty()) return std::nullopt;
  if (is_ascii_digit(w[0])) {
    // Beyond any calendar: "9000000000000000000000 years" stays a count, not a double to cast.
    if (w.size() > 12) return std::nullopt;
    return std::stod(w);
  }
  if (w == "a" || w == "an") return 1;
  if (w == "a hundred" || w == "one hundred") return 100;
  if (w == "a couple of" || w == "couple of") return 2;
  if (w == "a few" || w == "few" || w == "several" || w == "many") return 0;
  if (auto n = word_number(w)) return *n;
  return std::nullopt;
}

int ordinal_value(const std::string& word) {
  std::string w = to_lower_ascii(word);
  if (!w.empty() && is_ascii_digit(w[0]))
    return to_int(w.substr(0, w.find_first_not_of("0123456789")));
  for (int i = 1; i <= 20; ++i)
    if (w == kOrdinals[i]) return i;
  if (w.rfind("twenty-", 0) == 0) {
    std::string rest = w.substr(7);
    for (int i = 1; i < 10; ++i)
      if (rest == kOrdinals[i]) return 20 + i;
  }
  return 0;
}

std::optional<Unit> unit_from_word(const std::string& word) {
  std::string w = to_lower_ascii(word);
  if (w == "centuries") w = "century";
  if (w.size() > 1 && w.back() == 's') w.pop_back();
  if (w == "second") return Unit{"S", 1.0 / 86400, TimeGrain::kTime, true};
  if (w == "minute") return Unit{"M", 1.0 / 1440, TimeGrain::kTime, true};
  if (w == "hour") return Unit{"H", 1.0 / 24, TimeGrain::kTime, true};
  if (w == "day") return Unit{"D", 1, TimeGrain::kDay, false};
  if (w == "week") return Unit{"W", 7, TimeGrain::kWeek, false};
  if (w == "fortnight") return Unit{"W", 14, TimeGrain::kWeek, false};
  if (w == "month") return Unit{"M", 30.44, TimeGrain::kMonth, false};
  if (w == "year") return Unit{"Y", 365.25, TimeGrain::kYear, false};
  if (w == "decade") return Unit{"Y", 3652.5, TimeGrain::kDecade, false};
  if (w == "century") return Unit{"Y", 36525, TimeGrain::kCentury, false};
  return std::nullopt;
}

std::optional<TimeExpression> day_expr(std::optional<Day> day) {
  if (!day) return std::nullopt;
  auto span = day_span(*day);
  if (!span) return std::nullopt;
  TimeExpression t;
  t.value = iso_day(*day);
  t.grain = TimeGrain::kDay;
  t.period = span;
  return t;
}

std::optional<TimeExpression> month_expr(long long year, long long month) {
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  auto f = FuzzyDate::from_parts(static_cast<int>(year), static_cast<int>(month));
  if (!f || month == 0) return std::nullopt;
  TimeExpression t;
  t.value = f->iso();
  t.grain = TimeGrain::kMonth;
  t.period = f->period();
  return t;
}

std::optional<TimeExpression> year_expr(long long year) {
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  auto f = FuzzyDate::from_parts(static_cast<int>(year));
  if (!f) return std::nullopt;
  TimeExpression t;
  t.value = f->iso();
  t.grain = TimeGrain::kYear;
  t.period = f->period();
  return t;
}

std::optional<Day> week_start(Day day) {
  int from_monday = (day.day_of_week().as_number() + 6) % 7;
  return add_days(day, -from_monday);
}

std::optional<TimeExpression> week_expr(std::optional<Day> any_day_of_week) {
  if (!any_day_of_week || !in_calendar(*any_day_of_week)) return std::nullopt;
  auto monday = week_start(*any_day_of_week);
  if (!monday) return std::nullopt;
  auto thursday = add_days(*monday, 3);  // ISO 8601: a week belongs to its Thursday's year
  auto sunday = add_days(*monday, 6);
  if (!thursday || !sunday) return std::nullopt;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday->year()),
                static_cast<int>(monday->week_number()));
  TimeExpression t;
  t.value = buf;
  t.grain = TimeGrain::kWeek;
  t.period = inclusive_period(*monday, *sunday);
  return t;
}

std::optional<TimeExpression> quarter_expr(long long year, long long quarter) {
  if (quarter < 1 || quarter > 4) return std::nullopt;
  auto first = make_day(year, 3 * quarter - 2, 1);
  if (!first) return std::nullopt;
  auto last = make_day(year, 3 * quarter, quarter == 1 || quarter == 4 ? 31 : 30);
  if (!last) return std::nullopt;
  TimeExpression t;
  t.value = std::to_string(year) + "-Q" + std::to_string(quarter);
  t.grain = TimeGrain::kQuarter;
  t.period = inclusive_period(*first, *last);
  return t;
}

std::optional<TimeExpression> season_expr(long long year, int season) {
  static const char* const kCodes[] = {"SP", "SU", "FA", "WI"};
  // Astronomical seasons, as Duckling and weather desks use them.
  static const int kStart[][2] = {{3, 20}, {6, 21}, {9, 23}, {12, 21}};
  if (season < 0 || season > 3) return std::nullopt;
  auto first = make_day(year, kStart[season][0], kStart[season][1]);
  int next = (season + 1) % 4;
  auto after = make_day(season == 3 ? year + 1 : year, kStart[next][0], kStart[next][1]);
  if (!first || !after) return std::nullopt;
  TimeExpression t;
  t.value = std::to_string(year) + "-" + kCodes[season];
  t.grain = TimeGrain::kSeason;
  t.period = make_period(*first, *after);
  return t;
}

namespace {

// Years [first_year, first_year + length): the last one must be a calendar year too.
std::optional<Period> years_period(long long first_year, long long length) {
  auto first = make_day(first_year, 1, 1);
  auto last = make_day(first_year + length - 1, 12, 31);
  if (!first || !last) return std::nullopt;
  return inclusive_period(*first, *last);
}

}  // namespace

std::optional<TimeExpression> decade_expr(long long first_year) {
  auto period = years_period(first_year, 10);
  if (!period) return std::nullopt;
  TimeExpression t;
  t.value = std::to_string(first_year / 10);
  t.grain = TimeGrain::kDecade;
  t.period = period;
  return t;
}

std::optional<TimeExpression> century_expr(long long first_year) {
  auto period = years_period(first_year, 100);
  if (!period) return std::nullopt;
  TimeExpression t;
  t.value = std::to_string(first_year / 100);
  t.grain = TimeGrain::kCentury;
  t.period = period;
  return t;
}

TimeExpression vague_expr(const char* value) {
  TimeExpression t;
  t.value = value;
  t.grain = TimeGrain::kVague;
  return t;
}

std::vector<TimeExpression> one(std::optional<TimeExpression> e) {
  std::vector<TimeExpression> out;
  if (e) out.push_back(std::move(*e));
  return out;
}

int season_from_name(const std::string& name) {
  std::string w = to_lower_ascii(name);
  if (w == "spring") return 0;
  if (w == "summer") return 1;
  if (w == "autumn" || w == "fall") return 2;
  if (w == "winter") return 3;
  return -1;
}

std::pair<int, int> season_of(Day day) {
  int y = day.year();
  for (int s = 3; s >= 0; --s) {
    auto e = season_expr(y, s);
    if (e && e->period->contains(day)) return {y, s};
  }
  return {y - 1, 3};  // January to March 20: the winter that began last December
}

int infer_year(int month, int day, const Resolution& r) {
  int y = r.reference.year();
  auto same_year = make_day(y, month, day == 0 ? 1 : day);
  if (!same_year) return y;
  bool not_before = day != 0 ? *same_year >= r.reference : month >= r.reference.month();
  bool not_after = day != 0 ? *same_year <= r.reference : month <= r.reference.month();
  switch (r.direction) {
    case Direction::kFuture:
      return not_before ? y : y + 1;
    case Direction::kPast:
      if (day == 0) return not_after ? y : y - 1;
      break;  // a month-day a little ahead is a scheduled event even in a past-tense report
    case Direction::kTense:
      break;
  }
  if (not_after) return y;
  long ahead = (*same_year - r.reference).days();
  return ahead <= 62 ? y : y - 1;
}

std::optional<Day> resolve_weekday(int weekday, const Resolution& r) {
  int today = r.reference.day_of_week().as_number();
  if (r.direction == Direction::kFuture) {
    int ahead = (weekday - today + 7) % 7;
    return add_days(r.reference, ahead == 0 ? 7 : ahead);
  }
  return add_days(r.reference, -((today - weekday + 7) % 7));
}

std::optional<int> shift_from_word(const std::string& word) {
  std::string w = to_lower_ascii(word);
  if (w == "last" || w == "past" || w == "previous" || w == "the last" || w == "the past" ||
      w == "the previous")
    return -1;
  if (w == "this" || w == "current" || w == "the current") return 0;
  if (w == "next" || w == "the next" || w == "the following" || w == "following" ||
      w == "the coming" || w == "coming" || w == "upcoming" || w == "the upcoming")
    return 1;
  return std::nullopt;
}

std::optional<Day> shift(Day day, TimeGrain grain, long long n) {
  switch (grain) {
    case TimeGrain::kDay:
      return add_days(day, n);
    case TimeGrain::kWeek:
      return add_weeks(day, n);
    case TimeGrain::kMonth:
      return add_months(day, n);
    case TimeGrain::kQuarter:
      if (auto m = checked_mul(3, n)) return add_months(day, *m);
      return std::nullopt;
    case TimeGrain::kYear:
      return add_years(day, n);
    case TimeGrain::kDecade:
      if (auto y = checked_mul(10, n)) return add_years(day, *y);
      return std::nullopt;
    case TimeGrain::kCentury:
      if (auto y = checked_mul(100, n)) return add_years(day, *y);
      return std::nullopt;
    default:
      return day;
  }
}

}  // namespace factlint::time
