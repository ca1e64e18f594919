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

std::optional<Day> make_day(int y, int m, int d) {
  auto f = FuzzyDate::from_parts(y, m, d);
  if (!f || f->precision() != DatePrecision::kDay) return std::nullopt;
  return f->first_day();
}

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
  if (is_ascii_digit(w[0])) return std::stod(w);
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

TimeExpression day_expr(Day day) {
  TimeExpression t;
  t.value = iso_day(day);
  t.grain = TimeGrain::kDay;
  t.period = Period(day, day + gd::days(1));
  return t;
}

TimeExpression month_expr(int year, int month) {
  TimeExpression t;
  auto f = FuzzyDate::from_parts(year, month);
  t.value = f->iso();
  t.grain = TimeGrain::kMonth;
  t.period = f->period();
  return t;
}

TimeExpression year_expr(int year) {
  TimeExpression t;
  auto f = FuzzyDate::from_parts(year);
  t.value = f->iso();
  t.grain = TimeGrain::kYear;
  t.period = f->period();
  return t;
}

Day week_start(Day day) {
  int from_monday = (day.day_of_week().as_number() + 6) % 7;
  return day - gd::days(from_monday);
}

TimeExpression week_expr(Day any_day_of_week) {
  Day monday = week_start(any_day_of_week);
  Day thursday = monday + gd::days(3);  // ISO 8601: a week belongs to its Thursday's year
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", static_cast<int>(thursday.year()),
                static_cast<int>(monday.week_number()));
  TimeExpression t;
  t.value = buf;
  t.grain = TimeGrain::kWeek;
  t.period = Period(monday, monday + gd::days(7));
  return t;
}

TimeExpression quarter_expr(int year, int quarter) {
  TimeExpression t;
  t.value = std::to_string(year) + "-Q" + std::to_string(quarter);
  t.grain = TimeGrain::kQuarter;
  Day first(static_cast<unsigned short>(year), static_cast<unsigned short>(3 * quarter - 2), 1);
  t.period = Period(first, first + gd::months(3));
  return t;
}

TimeExpression season_expr(int year, int season) {
  static const char* const kCodes[] = {"SP", "SU", "FA", "WI"};
  // Astronomical seasons, as Duckling and weather desks use them.
  static const int kStart[][2] = {{3, 20}, {6, 21}, {9, 23}, {12, 21}};
  TimeExpression t;
  t.value = std::to_string(year) + "-" + kCodes[season];
  t.grain = TimeGrain::kSeason;
  Day first = *make_day(year, kStart[season][0], kStart[season][1]);
  int next = (season + 1) % 4;
  Day after = *make_day(season == 3 ? year + 1 : year, kStart[next][0], kStart[next][1]);
  t.period = Period(first, after);
  return t;
}

TimeExpression decade_expr(int first_year) {
  TimeExpression t;
  t.value = std::to_string(first_year / 10);
  t.grain = TimeGrain::kDecade;
  t.period = Period(*make_day(first_year, 1, 1), *make_day(first_year + 10, 1, 1));
  return t;
}

TimeExpression century_expr(int first_year) {
  TimeExpression t;
  t.value = std::to_string(first_year / 100);
  t.grain = TimeGrain::kCentury;
  t.period = Period(*make_day(first_year, 1, 1), *make_day(first_year + 100, 1, 1));
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
    TimeExpression e = season_expr(y, s);
    if (e.period->contains(day)) return {y, s};
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

Day resolve_weekday(int weekday, const Resolution& r) {
  int today = r.reference.day_of_week().as_number();
  if (r.direction == Direction::kFuture) {
    int ahead = (weekday - today + 7) % 7;
    return r.reference + gd::days(ahead == 0 ? 7 : ahead);
  }
  return r.reference - gd::days((today - weekday + 7) % 7);
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

Day shift(Day day, TimeGrain grain, int n) {
  switch (grain) {
    case TimeGrain::kDay:
      return day + gd::days(n);
    case TimeGrain::kWeek:
      return day + gd::weeks(n);
    case TimeGrain::kMonth:
      return day + gd::months(n);
    case TimeGrain::kQuarter:
      return day + gd::months(3 * n);
    case TimeGrain::kYear:
      return day + gd::years(n);
    case TimeGrain::kDecade:
      return day + gd::years(10 * n);
    case TimeGrain::kCentury:
      return day + gd::years(100 * n);
    default:
      return day;
  }
}

}  // namespace factlint::time
