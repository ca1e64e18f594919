// Absolute dates: days, months, years, decades, centuries, quarters and seasons that carry
// their year, and month-days whose year comes from the reference date.
#include "core/text.h"
#include "read/publication_date.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

namespace {

// Any month name in any case: only where a day number and a year make it a date.
const std::string kMonthAnyCase =
    "((?i:January|February|March|April|May|June|July|August|September|October|November|"
    "December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|"
    "Nov\\.?|Dec\\.?))";
// Not the start of a larger number or amount: "May 1,200", "June 12.5%".
const std::string kEnd = "(?:$|[^0-9,.%]|[,.](?:\\s|$))";
const std::string kStart = "(?:^|[^0-9A-Za-z$£€/.-])";
// A function, not a constant: kWeekdayAbbr lives in another file, initialised in any order.
std::string weekday_prefix() {
  return "(?:" + kWeekdayAbbr + ",?\\s+(?:the\\s+)?)?";
}

std::optional<TimeExpression> with_weekday(std::optional<Day> d, const Group& weekday) {
  auto t = day_expr(d);
  if (!t) return t;
  if (weekday.matched()) {
    t->weekday = weekday_from_name(weekday.text);
    // A written weekday that contradicts the date is left to the weekday check; a day-less
    // reading would be guesswork, so the date stands as written.
  }
  return t;
}

// A year written with two digits: the century that puts it nearest the reference date.
int full_year(const std::string& digits, const Resolution& r) {
  int y = to_int(digits);
  if (digits.size() != 2) return y;
  int ref = r.reference.year();
  int century = ref / 100 * 100;
  int candidate = century + y;
  return candidate > ref + 10 ? candidate - 100 : candidate;
}

std::optional<TimeExpression> month_day(int month, int day, const Group& weekday,
                                        const Resolution& r) {
  if (month == 0 || day == 0) return std::nullopt;
  int year = infer_year(month, day, r);
  std::optional<Day> d = make_day(year, month, day);
  if (!d) return std::nullopt;
  if (weekday.matched()) {
    // A weekday written with the date picks the year when the tense could not.
    auto wd = weekday_from_name(weekday.text);
    for (int y : {year, year + 1, year - 1}) {
      auto alt = make_day(y, month, day);
      if (wd && alt && alt->day_of_week().as_number() == *wd) {
        d = alt;
        break;
      }
    }
  }
  auto t = with_weekday(d, weekday);
  if (t) t->relative = true;
  return t;
}

// "July 13-15", "13 to 15 July": one expression whose period is the range.
std::optional<TimeExpression> day_range(int year, int month, int first, int last) {
  auto a = make_day(year, month, first);
  auto b = make_day(year, month, last);
  if (!a || !b || *b <= *a) return std::nullopt;
  auto t = day_expr(a);
  if (!t) return t;
  t->period = inclusive_period(*a, *b);
  t->range = t->period;
  return t;
}

std::optional<TimeExpression> numeric_date(const Groups& g, const Resolution& r) {
  // g: 1 first, 2 separator, 3 second, 4 separator, 5 year
  if (g[2].text != g[4].text) return std::nullopt;
  int a = to_int(g[1].text);
  int b = to_int(g[3].text);
  bool mdy = r.numeric_order == NumericDateOrder::kMonthDayYear;
  int month = mdy ? a : b;
  int day = mdy ? b : a;
  auto d = make_day(full_year(g[5].text, r), month, day);
  auto t = day_expr(d);
  if (t) t->relative = g[5].text.size() == 2;
  return t;
}

std::optional<TimeExpression> with_mod(std::optional<TimeExpression> t, const std::string& word) {
  if (!t) return t;
  std::string w = to_lower_ascii(word);
  if (w.rfind("early", 0) == 0) t->mod = "START";
  if (w.rfind("mid", 0) == 0) t->mod = "MID";
  if (w.rfind("late", 0) == 0) t->mod = "END";
  return t;
}

// Both ends of a year range, each with its own span; none when either is off the calendar.
std::vector<TimeExpression> year_pair(int a, const Group& ga_begin, const Group& ga_end, int b,
                                      const Group& gb) {
  std::vector<TimeExpression> both;
  auto first = year_expr(a);
  auto second = year_expr(b);
  if (!first || !second) return both;
  first->begin = ga_begin.begin;
  first->end = ga_end.end;
  second->begin = gb.begin;
  second->end = gb.end;
  both.push_back(*first);
  both.push_back(*second);
  return both;
}

}  // namespace

void add_absolute(std::vector<Pattern>& out) {
  // Friday, July 17, 2014 / Feb. 24, 2022 / February 24th 2022 / march 3rd 2015
  out.push_back(
      {"\\b(?P<t>" + weekday_prefix() + kMonthAnyCase + "\\s*" + kDayNum + ",?\\s+" + kYear4 +
           ")\\b",
       [](const Groups& g, const Resolution&) {
         return one(with_weekday(
             make_day(to_int(g[5].text), month_from_name(g[3].text), to_int(g[4].text)), g[2]));
       }});
  // Fri, 08 August 2025 / 24 February 2022 / 24th of February, 2022 / 31st Oct 1974
  out.push_back(
      {kStart + "(?P<t>" + weekday_prefix() + kDayNum + "\\s*(?:of\\s+)?" + kMonthAnyCase +
           ",?\\s+" + kYear4 + ")\\b",
       [](const Groups& g, const Resolution&) {
         return one(with_weekday(
             make_day(to_int(g[5].text), month_from_name(g[4].text), to_int(g[3].text)), g[2]));
       }});
  // 2022-02-24 / 2015-3-3
  out.push_back({kStart + "(?P<t>([12][0-9]{3})-([01]?[0-9])-([0-3]?[0-9]))(?:$|[^0-9-])",
                 [](const Groups& g, const Resolution&) {
                   return one(
                       day_expr(make_day(to_int(g[2].text), to_int(g[3].text), to_int(g[4].text))));
                 }});
  // 10/31/1974, 10-31-74, 10.31.1974 (in the configured order)
  out.push_back({kStart + "(?P<t>([01]?[0-9]|[0-3]?[0-9])([/.-])([0-3]?[0-9])([/.-])" +
                     "([12][0-9]{3}|[0-9]{2}))(?:$|[^0-9/.-]|[.](?:\\s|$))",
                 [](const Groups& g, const Resolution& r) {
                   return one(numeric_date(Groups{g[0], g[2], g[3], g[4], g[5], g[6]}, r));
                 }});
  // on 2/15: a numeric day without a year only after "on"
  out.push_back({"\\b[Oo]n\\s+(?P<t>([01]?[0-9])/([0-3]?[0-9]))(?:$|[^0-9/.]|[.](?:\\s|$))",
                 [](const Groups& g, const Resolution& r) {
                   bool mdy = r.numeric_order == NumericDateOrder::kMonthDayYear;
                   int a = to_int(g[2].text);
                   int b = to_int(g[3].text);
                   return one(month_day(mdy ? a : b, mdy ? b : a, Group{}, r));
                 }});
  // 31/Oct/1974, 31-Oct-74
  out.push_back({kStart + "(?P<t>([0-3]?[0-9])([/-])" + kMonthAnyCase + "([/-])" +
                     "([12][0-9]{3}|[0-9]{2}))\\b",
                 [](const Groups& g, const Resolution& r) {
                   if (g[3].text != g[5].text) return one(std::nullopt);
                   auto d = make_day(full_year(g[6].text, r), month_from_name(g[4].text),
                                     to_int(g[2].text));
                   auto t = day_expr(d);
                   if (t) t->relative = g[6].text.size() == 2;
                   return one(t);
                 }});
  // Thursday, June 12 / June 12 / Feb. 24 / february the 15th: the year from the reference.
  out.push_back(
      {"\\b(?P<t>" + weekday_prefix() + kMonth + "\\s+(?:the\\s+)?" + kDayNum + ")" + kEnd,
       [](const Groups& g, const Resolution& r) {
         return one(month_day(month_from_name(g[3].text), to_int(g[4].text), g[2], r));
       }});
  // 12 June / the 15th of February / 4th of July / the first of March
  out.push_back({kStart + "(?P<t>" + weekday_prefix() + "(?:(?i:the)\\s+)?(?:" + kDayNum + "|" +
                     kOrdinal + ")(?:\\s+(?:day\\s+)?of)?\\s+" + kMonthAnyCase + ")\\b",
                 [](const Groups& g, const Resolution& r) {
                   int day = g[3].matched() ? to_int(g[3].text) : ordinal_value(g[4].text);
                   std::string written = g[0].text;
                   bool lower_verb_month =
                       g[5].text == "may" || g[5].text == "march" || g[5].text == "august";
                   // "3 may", "2 march" read as verbs; "of march" is a date.
                   if (lower_verb_month && written.find(" of ") == std::string::npos)
                     return one(std::nullopt);
                   if (g[4].matched() && written.find(" of ") == std::string::npos)
                     return one(std::nullopt);  // "first March" is not a date
                   return one(month_day(month_from_name(g[5].text), day, g[2], r));
                 }});
  // July 13-15 / Aug 8 - Aug 12 / August 27th - 29th, optionally with a year
  out.push_back({"\\b(?P<t>(?:(?i:from)\\s+)?" + kMonth + "\\s+" + kDayNum +
                     "\\s*(?:-|\xe2\x80\x93|(?i:to|thru|through|until))\\s*(?:" + kMonth +
                     "\\s+)?" + kDayNum + "(?:,?\\s+" + kYear4 + ")?)" + kEnd,
                 [](const Groups& g, const Resolution& r) {
                   int month = month_from_name(g[2].text);
                   if (g[4].matched() && month_from_name(g[4].text) != month)
                     return one(std::nullopt);
                   int first = to_int(g[3].text);
                   int year = g[6].matched() ? to_int(g[6].text) : infer_year(month, first, r);
                   auto t = day_range(year, month, first, to_int(g[5].text));
                   if (t && !g[6].matched()) t->relative = true;
                   return one(t);
                 }});
  // 13-15 July / from the 13th to the 15th of July / 1-8 september
  out.push_back({kStart + "(?P<t>(?:(?i:from)\\s+)?(?:the\\s+)?" + kDayNum +
                     "\\s*(?:-|\xe2\x80\x93|(?i:to|thru|through|until))\\s*(?:the\\s+)?" + kDayNum +
                     "(?:\\s+of)?\\s+" + kMonthAnyCase + "(?:,?\\s+" + kYear4 + ")?)\\b",
                 [](const Groups& g, const Resolution& r) {
                   std::string m = g[4].text;
                   if (m == "may" || m == "march" || m == "august") return one(std::nullopt);
                   int month = month_from_name(m);
                   int first = to_int(g[2].text);
                   int year = g[5].matched() ? to_int(g[5].text) : infer_year(month, first, r);
                   auto t = day_range(year, month, first, to_int(g[3].text));
                   if (t && !g[5].matched()) t->relative = true;
                   return one(t);
                 }});
  // February 2024 / Feb. 2024 / March of 2020 / 2/2013
  out.push_back({"\\b(?P<t>" + kMonthAnyCase + ",?\\s+(?:of\\s+)?" + kYear4 + ")\\b",
                 [](const Groups& g, const Resolution&) {
                   return one(month_expr(to_int(g[3].text), month_from_name(g[2].text)));
                 }});
  out.push_back({kStart + "(?P<t>([01]?[0-9])/([12][0-9]{3}))(?:$|[^0-9/])",
                 [](const Groups& g, const Resolution&) {
                   int m = to_int(g[2].text);
                   if (m < 1 || m > 12) return one(std::nullopt);
                   return one(month_expr(to_int(g[3].text), m));
                 }});
  // 2022 (a year standing alone: not part of a larger number, an amount or a count)
  // A year after a code in capitals is a model or product name: "ABC 2000", "XP 2010".
  out.push_back(
      {"(?:^|[^0-9,.$£€#/-]|[^0-9]-)(\\b[A-Z]{2,}\\s+)?(?P<t>[12][0-9]{3})"
       "(?:$|[^0-9%,]|,\\s|,$)",
       [](const Groups& g, const Resolution&) {
         if (g[1].matched()) return one(std::nullopt);
         int y = to_int(g[2].text);
         if (y < 1000 || y > 2199) return one(std::nullopt);
         return one(year_expr(y));
       }});
  // 1957-58 / 2009-10: a year range written with the second year's last two digits
  out.push_back(
      {"(?:^|[^0-9,.$£€#/-])(?P<t>([12][0-9])([0-9]{2})(?:-|\xe2\x80\x93)([0-9]{2}))"
       "(?:$|[^0-9%-])",
       [](const Groups& g, const Resolution&) {
         int century = to_int(g[2].text);
         int a = to_int(g[3].text);
         int b = to_int(g[4].text);
         if (b <= a) return std::vector<TimeExpression>();
         return year_pair(century * 100 + a, g[2], g[3], century * 100 + b, g[4]);
       }});
  // 2009-2010 / 2014–2022: both years, linked as a range afterwards
  out.push_back(
      {"(?:^|[^0-9,.$£€#/-])(?P<t>([12][0-9]{3})(?:-|\xe2\x80\x93)([12][0-9]{3}))"
       "(?:$|[^0-9%-])",
       [](const Groups& g, const Resolution&) {
         int a = to_int(g[2].text);
         int b = to_int(g[3].text);
         if (b <= a || b - a > 200) return std::vector<TimeExpression>();
         return year_pair(a, g[2], g[2], b, g[3]);
       }});
  // the 1990s / the mid-1990s / early 2000s / the '90s / the 1800s (a century)
  // The article stays outside the expression, as TempEval-3's annotators mark it.
  out.push_back(
      {"(?:^|[^A-Za-z0-9])(?P<t>(?:((?i:early|mid|late))[- ]?)?(?:([12][0-9]{2})0|"
       "['\xe2\x80\x99]([0-9])0)s)\\b",
       [](const Groups& g, const Resolution& r) {
         int first;
         if (g[3].matched()) {
           first = to_int(g[3].text) * 10;
         } else {
           int two = to_int(g[4].text) * 10;
           first = (two > r.reference.year() % 100 ? 1900 : 2000) + two;
         }
         bool century = first % 100 == 0 && first != 2000;
         auto t = century ? century_expr(first) : decade_expr(first);
         if (t && !g[3].matched()) t->relative = true;
         return one(with_mod(t, g[2].text));
       }});
  // the 21st century / the early 20th century
  out.push_back({"\\b(?P<t>(?:((?i:early|mid|late))[- ]?)?" + kOrdinal + "[- ](?i:century))\\b",
                 [](const Groups& g, const Resolution&) {
                   int n = ordinal_value(g[3].text);
                   if (n < 1 || n > 22) return one(std::nullopt);
                   return one(with_mod(century_expr((n - 1) * 100), g[2].text));
                 }});
  // Q3 2024 / 2018Q4 / 18q4 / the fourth quarter of 2018 / the second quarter / third-quarter
  out.push_back({"\\b(?P<t>Q([1-4])\\s*(?:of\\s+)?([12][0-9]{3}))\\b",
                 [](const Groups& g, const Resolution&) {
                   return one(quarter_expr(to_int(g[3].text), to_int(g[2].text)));
                 }});
  out.push_back({"\\b(?P<t>([12][0-9]{3}|[0-9]{2})\\s*[Qq]([1-4]))\\b",
                 [](const Groups& g, const Resolution& r) {
                   auto t = quarter_expr(full_year(g[2].text, r), to_int(g[3].text));
                   if (t) t->relative = g[2].text.size() == 2;
                   return one(t);
                 }});
  out.push_back(
      {"\\b(?P<t>(?:(?i:the)\\s+)?((?i:first|second|third|fourth|1st|2nd|3rd|4th))"
       "[- ](?i:quarter|qtr)(?:,?\\s+(?:of\\s+)?([12][0-9]{3}))?)\\b",
       [](const Groups& g, const Resolution& r) {
         int q = ordinal_value(g[2].text);
         if (g[3].matched()) return one(quarter_expr(to_int(g[3].text), q));
         int year = r.reference.year();
         int current = (r.reference.month() - 1) / 3 + 1;
         if (r.direction == Direction::kFuture && q < current) ++year;
         if (r.direction != Direction::kFuture && q > current + 1) --year;
         if (r.direction == Direction::kPast && q > current) --year;
         auto t = quarter_expr(year, q);
         if (t) t->relative = true;
         return one(t);
       }});
  // summer 2023 / the summer of 2023 / winter 2022
  out.push_back(
      {"\\b(?P<t>(?:(?i:the)\\s+)?((?i:spring|summer|autumn|fall|winter)),?\\s+"
       "(?:of\\s+)?" +
           kYear4 + ")\\b",
       [](const Groups& g, const Resolution&) {
         int season = season_from_name(g[2].text);
         int year = to_int(g[3].text);
         auto t = season_expr(year, season);
         // "winter 2022" may be the winter that ends or the one that starts in 2022.
         auto before = season == 3 ? season_expr(year - 1, 3) : std::nullopt;
         if (t && before) t->period = make_period(before->period->begin(), t->period->end());
         return one(t);
       }});
  // early 2021 / mid-2019 / late 2020 / the end of 2012 / the beginning of 2017
  out.push_back(
      {"\\b(?P<t>(?:((?i:early|mid|late))[- ]|(?:(?i:the)\\s+)?((?i:start|end|"
       "beginning|middle))\\s+of\\s+)" +
           kYear4 + ")\\b",
       [](const Groups& g, const Resolution&) {
         std::string w = g[2].matched() ? g[2].text : to_lower_ascii(g[3].text);
         if (w == "start" || w == "beginning") w = "early";
         if (w == "end") w = "late";
         if (w == "middle") w = "mid";
         return one(with_mod(year_expr(to_int(g[4].text)), w));
       }});
  // early December 2012 / late March
  out.push_back({"\\b(?P<t>((?i:early|mid|late))[- ]" + kMonth + "(?:,?\\s+" + kYear4 + ")?)\\b",
                 [](const Groups& g, const Resolution& r) {
                   int month = month_from_name(g[3].text);
                   bool has_year = g[4].matched();
                   int year = has_year ? to_int(g[4].text) : infer_year(month, 0, r);
                   auto t = with_mod(month_expr(year, month), g[2].text);
                   if (t) t->relative = !has_year;
                   return one(t);
                 }});
}

}  // namespace factlint::time
