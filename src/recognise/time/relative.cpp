// Relative dates: bare months and weekdays, today and yesterday, last/this/next week, month
// or year, N days ago, in N years, seasons and quarters without a year, and the narrative's
// "the next day".
#include <cstdio>

#include "core/text.h"
#include "read/publication_date.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

namespace {

const std::string kShift = "((?i:last|past|previous|this|current|next|coming|upcoming))";
const std::string kCalendarUnit = "((?i:week|month|year|yr|quarter|qtr|decade|century))";
// What may follow a bare month: not a day number or a year (those are absolute dates).
const std::string kNoNumberAfter = "(?:\\s*$|\\s*[^\\s0-9]|\\s+[^0-9\\s])";

std::optional<int> shift_of(const std::string& word) {
  std::string w = to_lower_ascii(word);
  if (w == "past") return -1;
  return shift_from_word(w);
}

// The calendar unit containing `day`, shifted by n units.
std::optional<TimeExpression> unit_around(Day day, const std::string& unit_word, int n) {
  std::string u = to_lower_ascii(unit_word);
  if (u == "week") return week_expr(add_weeks(day, n));
  auto month_start = make_day(day.year(), day.month(), 1);
  if (!month_start) return std::nullopt;
  if (u == "month") {
    auto d = add_months(*month_start, n);
    if (!d) return std::nullopt;
    return month_expr(d->year(), d->month());
  }
  if (u == "year" || u == "yr") return year_expr(day.year() + n);
  if (u == "quarter" || u == "qtr") {
    auto d = add_months(*month_start, 3LL * n);
    if (!d) return std::nullopt;
    return quarter_expr(d->year(), (d->month() - 1) / 3 + 1);
  }
  if (u == "decade") return decade_expr(day.year() / 10 * 10 + 10LL * n);
  if (u == "century") return century_expr(day.year() / 100 * 100 + 100LL * n);
  return std::nullopt;
}

std::optional<TimeExpression> relative(std::optional<TimeExpression> t) {
  if (t) t->relative = true;
  return t;
}

std::optional<TimeExpression> part_of_day(std::optional<TimeExpression> t,
                                          const std::string& part) {
  if (!t) return t;
  std::string p = to_lower_ascii(part);
  const char* code = p == "morning"     ? "TMO"
                     : p == "afternoon" ? "TAF"
                     : p == "evening"   ? "TEV"
                     : p == "night"     ? "TNI"
                                        : nullptr;
  if (code) {
    t->value += code;
    t->type = "TIME";
  }
  return t;
}

// last Friday: the most recent before the reference; next Monday: the one in next week;
// this Friday: as the tense says.
std::optional<Day> weekday_with_shift(int weekday, int shift, const Resolution& r) {
  if (shift < 0) {
    int back = (r.reference.day_of_week().as_number() - weekday + 7) % 7;
    return add_days(r.reference, -(back == 0 ? 7 : back));
  }
  if (shift > 0) {
    auto monday = week_start(r.reference);
    if (!monday) return std::nullopt;
    return add_days(*monday, 7 + (weekday + 6) % 7);
  }
  return resolve_weekday(weekday, r);
}

// last summer: the latest that has ended; next summer: the first that has not begun; this
// summer: the one of the reference year (this winter: the one around or ahead of it).
// The search is bounded: two years either way always holds the answer inside the calendar, and
// at its edges the season is unresolvable.
std::optional<TimeExpression> season_with_shift(int season, int shift, const Resolution& r) {
  int y = r.reference.year();
  if (shift != 0) {
    int from = y;
    for (;; y += shift) {
      if (y < from - 2 || y > from + 2) return std::nullopt;
      auto e = season_expr(y, season);
      if (!e) return std::nullopt;
      if (shift < 0 ? e->period->end() <= r.reference : e->period->begin() > r.reference) break;
    }
  } else if (season == 3) {
    auto [sy, s] = season_of(r.reference);
    if (s == 3) y = sy;
  }
  return relative(season_expr(y, season));
}

}  // namespace

void add_relative(std::vector<Pattern>& out) {
  // in August / since March / by May: a bare month after a word that makes it a date.
  out.push_back(
      {"\\b(?i:in|since|until|till|by|before|after|from|through|during|of|to|and|or|between|"
       "around|for|last|next|this|early|late|mid|end|beginning|start)[- ]+(?P<t>" +
           kMonth + ")\\b" + kNoNumberAfter,
       [](const Groups& g, const Resolution& r) {
         int month = month_from_name(g[2].text);
         if (month == 0) return one(std::nullopt);
         return one(relative(month_expr(infer_year(month, 0, r), month)));
       }});
  // June last year / April of this year / "in April only last year": the month of that year.
  out.push_back(
      {"\\b(?P<t>" + kMonth + "\\s+(?:(?i:of|only)\\s+)?((?i:last|this|next))\\s+(?i:year))\\b",
       [](const Groups& g, const Resolution& r) {
         int month = month_from_name(g[2].text);
         auto shift = shift_of(g[3].text);
         if (month == 0 || !shift) return one(std::nullopt);
         return one(relative(month_expr(r.reference.year() + *shift, month)));
       }});
  // last June / next March / this May; late last July
  out.push_back({"\\b(?P<t>(?:((?i:early|mid|late))[- ])?" + kShift + "\\s+" + kMonth + ")\\b" +
                     kNoNumberAfter,
                 [](const Groups& g, const Resolution& r) {
                   int month = month_from_name(g[4].text);
                   auto shift = shift_of(g[3].text);
                   if (month == 0 || !shift) return one(std::nullopt);
                   int y = r.reference.year();
                   int current = r.reference.month();
                   if (*shift < 0) y = month < current ? y : y - 1;
                   if (*shift > 0) y = month > current ? y : y + 1;
                   if (*shift == 0) y = infer_year(month, 0, r);
                   auto t = relative(month_expr(y, month));
                   if (!t) return one(t);
                   std::string mod = to_lower_ascii(g[2].text);
                   if (mod == "early") t->mod = "START";
                   if (mod == "mid") t->mod = "MID";
                   if (mod == "late") t->mod = "END";
                   return one(t);
                 }});
  // Friday / on Tuesday / Friday afternoon (not Good Friday, Super Tuesday)
  out.push_back(
      {"(?:^|[^A-Za-z])((?:Good|Black|Cyber|Super|Ash|Holy|Maundy|Bloody|Easter|Palm|Man|"
       "Giving)\\s+)?(?P<t>" +
           kWeekday + "(?:\\s+((?i:morning|afternoon|evening|night)))?)\\b",
       [](const Groups& g, const Resolution& r) {
         std::string name = g[3].text;
         if (g[1].matched()) return one(std::nullopt);
         if (name.size() > 6 && (name.back() == 's' || name.back() == 'S'))
           return one(std::nullopt);  // "on Fridays" is a set, not a date
         auto wd = weekday_from_name(name);
         if (!wd) return one(std::nullopt);
         return one(part_of_day(relative(day_expr(resolve_weekday(*wd, r))), g[4].text));
       }});
  // 15:00 GMT Saturday / 8 p.m. on Friday / Friday at 8 p.m.
  out.push_back(
      {"\\b(?P<t>([0-2]?[0-9])(?::([0-5][0-9]))?\\s*((?i:a\\.m\\.|p\\.m\\.|am|pm))?"
       "(?:\\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT))?,?\\s+(?:(?i:on)\\s+)?" +
           kWeekday + ")\\b",
       [](const Groups& g, const Resolution& r) {
         int h = to_int(g[2].text);
         std::string ampm = to_lower_ascii(g[4].text);
         if (ampm.empty() && !g[3].matched()) return one(std::nullopt);
         if (!ampm.empty() && (h < 1 || h > 12)) return one(std::nullopt);
         if (h > 23) return one(std::nullopt);
         if (ampm.rfind("p", 0) == 0 && h != 12) h += 12;
         if (ampm.rfind("a", 0) == 0 && h == 12) h = 0;
         auto wd = weekday_from_name(g[5].text);
         if (!wd) return one(std::nullopt);
         auto t = relative(day_expr(resolve_weekday(*wd, r)));
         if (!t) return one(t);
         char buf[16];
         std::snprintf(buf, sizeof buf, "T%02d:%02d", h, to_int(g[3].text));
         t->value += buf;
         t->type = "TIME";
         return one(t);
       }});
  // Tue. / Thurs / Fri: abbreviations that are not other words
  out.push_back({"\\b(?P<t>(?:Tue|Tues|Thu|Thur|Thurs|Fri|tue|thu|fri)\\.?)(?:\\s|$|[,;])",
                 [](const Groups& g, const Resolution& r) {
                   auto wd = weekday_from_name(g[1].text);
                   if (!wd) return one(std::nullopt);
                   return one(relative(day_expr(resolve_weekday(*wd, r))));
                 }});
  // last Tuesday / next Monday / this Friday
  out.push_back(
      {"\\b(?P<t>" + kShift + "\\s+" + kWeekday + ")\\b", [](const Groups& g, const Resolution& r) {
         auto shift = shift_of(g[2].text);
         auto wd = weekday_from_name(g[3].text);
         if (!shift || !wd || to_lower_ascii(g[2].text) == "past") return one(std::nullopt);
         return one(relative(day_expr(weekday_with_shift(*wd, *shift, r))));
       }});
  // Wednesday of next week / Monday this week / Sunday from last week
  out.push_back({"\\b(?P<t>" + kWeekday +
                     ",?\\s+(?:(?i:of|from|in)\\s+)?((?i:last|this|next|the "
                     "following|the previous))\\s+(?i:week))\\b",
                 [](const Groups& g, const Resolution& r) {
                   auto wd = weekday_from_name(g[2].text);
                   auto shift = shift_of(g[3].text);
                   if (!wd || !shift) return one(std::nullopt);
                   auto monday = week_start(r.reference);
                   if (!monday) return one(std::nullopt);
                   return one(relative(day_expr(add_days(*monday, 7LL * *shift + (*wd + 6) % 7))));
                 }});
  // today / yesterday / tomorrow / tonight / this morning / last night / yesterday afternoon
  out.push_back(
      {"\\b(?P<t>(?:(?i:the day (before|after))\\s+)?((?i:today|yesterday|tomorrow|tonight))"
       "(?:\\s+((?i:morning|afternoon|evening|night)))?)\\b",
       [](const Groups& g, const Resolution& r) {
         std::string w = to_lower_ascii(g[3].text);
         int offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
         std::string extra = to_lower_ascii(g[2].text);
         if (extra == "before") offset -= 1;
         if (extra == "after") offset += 1;
         auto t = relative(day_expr(add_days(r.reference, offset)));
         if (w == "tonight") return one(part_of_day(t, "night"));
         return one(part_of_day(t, g[4].text));
       }});
  out.push_back({"\\b(?P<t>((?i:this|last))\\s+((?i:morning|afternoon|evening|night)))\\b",
                 [](const Groups& g, const Resolution& r) {
                   std::string shift = to_lower_ascii(g[2].text);
                   std::string part = to_lower_ascii(g[3].text);
                   if (shift == "last" && part != "night") return one(std::nullopt);
                   int offset = shift == "last" ? -1 : 0;
                   return one(part_of_day(relative(day_expr(add_days(r.reference, offset))), part));
                 }});
  // last week / this month / next year / the current quarter / this fiscal year
  out.push_back({"\\b(?P<t>(?:(?i:the)\\s+)?" + kShift + "\\s+(?:((?i:fiscal|financial))\\s+)?" +
                     kCalendarUnit + ")\\b(?:$|[^-]|-[^0-9])",
                 [](const Groups& g, const Resolution& r) {
                   auto shift = shift_of(g[2].text);
                   if (!shift) return one(std::nullopt);
                   std::string shift_word = to_lower_ascii(g[2].text);
                   bool with_the = to_lower_ascii(g[1].text).rfind("the ", 0) == 0;
                   // "the next week" / "the previous year" follow the narrative, not the DCT.
                   bool anchored = with_the && (shift_word == "next" || shift_word == "previous");
                   Day base = anchored ? r.anchor : r.reference;
                   std::string unit = to_lower_ascii(g[4].text);
                   // "the next decade" is a length of time (durations.cpp), "next decade" a date.
                   if (with_the && (unit == "decade" || unit == "century"))
                     return one(std::nullopt);
                   auto t = unit_around(base, unit, *shift);
                   if (!t) return one(std::nullopt);
                   t->relative = true;
                   t->anchored = anchored;
                   if (g[3].matched()) t->mod = "APPROX";  // fiscal years rarely match the calendar
                   return one(t);
                 }});
  // the following week / the following year (the narrative's next)
  out.push_back({"\\b(?P<t>(?i:the\\s+following\\s+(day|week|month|year)))\\b",
                 [](const Groups& g, const Resolution& r) {
                   std::string u = to_lower_ascii(g[2].text);
                   std::optional<TimeExpression> t;
                   if (u == "day")
                     t = day_expr(add_days(r.anchor, 1));
                   else
                     t = unit_around(r.anchor, u, 1);
                   if (!t) return one(t);
                   t->relative = true;
                   t->anchored = true;
                   return one(t);
                 }});
  // the day before he was arrested: "before" opens a clause, and the day is not known
  out.push_back({"\\b(?P<t>(?i:the\\s+day))\\s+(?i:before|after)\\s+[A-Za-z]",
                 [](const Groups&, const Resolution&) {
                   TimeExpression t;
                   t.value = "XXXX-XX-XX";
                   t.grain = TimeGrain::kVague;
                   return one(t);
                 }});
  // the next day / the previous day / the day before / the day after (anchored)
  out.push_back(
      {"\\b(?P<t>(?i:the\\s+(?:(next|previous|following)\\s+day|day\\s+(before|after)"
       "|same\\s+day)))\\b(\\s+[A-Za-z])?",
       [](const Groups& g, const Resolution& r) {
         if (g[3].matched() && g[4].matched()) return one(std::nullopt);
         std::string a = to_lower_ascii(g[2].text);
         std::string b = to_lower_ascii(g[3].text);
         int offset = (a == "next" || a == "following" || b == "after") ? 1
                      : (a == "previous" || b == "before")              ? -1
                                                                        : 0;
         auto t = day_expr(add_days(r.anchor, offset));
         if (!t) return one(t);
         t->relative = true;
         t->anchored = true;
         return one(t);
       }});
  // earlier this month / later this year / early this year / late last year / end of the year
  out.push_back(
      {"\\b(?P<t>(?:((?i:earlier|later|early|late|mid))[- ]" + kShift +
           "|(?:(?i:the)\\s+)?((?i:end|start|beginning|middle))\\s+of\\s+(?:((?i:the|this|last|"
           "next|current|previous))\\s+)?)\\s*((?i:week|month|year)))\\b",
       [](const Groups& g, const Resolution& r) {
         std::string mod = to_lower_ascii(g[2].matched() ? g[2].text : g[4].text);
         std::string shift_word = g[3].matched() ? g[3].text : g[5].text;
         std::optional<int> shift = shift_word.empty() || to_lower_ascii(shift_word) == "the"
                                        ? std::optional<int>(0)
                                        : shift_of(shift_word);
         if (!shift) return one(std::nullopt);
         auto t = unit_around(r.reference, g[6].text, *shift);
         if (!t) return one(std::nullopt);
         t->relative = true;
         if (mod == "early" || mod == "start" || mod == "beginning") t->mod = "START";
         if (mod == "late" || mod == "end") t->mod = "END";
         if (mod == "mid" || mod == "middle") t->mod = "MID";
         // "earlier this year" is the part of it before the reference, "later" the rest.
         if (mod == "earlier" && *shift == 0 && t->period->contains(r.reference))
           t->period = inclusive_period(t->period->begin(), r.reference);
         if (mod == "later" && *shift == 0 && t->period->contains(r.reference))
           t->period = make_period(r.reference, t->period->end());
         return one(t);
       }});
  // 3 days ago / two years ago / a week hence / 3 years from now / in 5 years
  out.push_back(
      {"\\b(?P<t>(?:((?i:in|within))\\s+)?" + kCount + "\\s+" + kUnit +
           "(?:\\s+((?i:ago|hence|from\\s+now|from\\s+today|back)))?)\\b",
       [](const Groups& g, const Resolution& r) {
         std::string after = to_lower_ascii(g[5].text);
         bool in = g[2].matched();
         if (!in && after.empty()) return one(std::nullopt);
         if (in && !after.empty()) return one(std::nullopt);
         // "in 100 days" is a duration unless the sentence looks ahead.
         if (in && (r.direction != Direction::kFuture || to_lower_ascii(g[2].text) != "in"))
           return one(std::nullopt);
         auto n = count_value(g[3].text);
         auto unit = unit_from_word(g[4].text);
         // Bounded before the cast: no calendar shift needs more than 10^7 units.
         if (!n || *n <= 0 || *n > 1e7 || !unit || unit->clock || *n != static_cast<long long>(*n))
           return one(std::nullopt);
         int sign = (after == "ago" || after == "back") ? -1 : 1;
         auto d = shift(r.reference, unit->grain, static_cast<long long>(*n) * sign);
         if (!d) return one(std::nullopt);
         std::optional<TimeExpression> t;
         switch (unit->grain) {
           case TimeGrain::kDay:
           case TimeGrain::kWeek:
             t = day_expr(d);
             break;
           case TimeGrain::kMonth:
             t = month_expr(d->year(), d->month());
             break;
           case TimeGrain::kYear:
             t = year_expr(d->year());
             break;
           default:
             return one(std::nullopt);
         }
         return one(relative(t));
       }});
  // on the 15th / on the first: a day of this month, or the next or last by the tense
  out.push_back(
      {"\\b[Oo]n\\s+(?P<t>(?:the\\s+)?(?:([0-3]?[0-9])(?:st|nd|rd|th)|((?i:first|second|"
       "third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))))\\b(?:\\s*$|\\s*[^\\sA-Za-z]|"
       "\\s+[a-z])",
       [](const Groups& g, const Resolution& r) {
         int day = g[2].matched() ? to_int(g[2].text) : ordinal_value(g[3].text);
         if (day < 1 || day > 31) return one(std::nullopt);
         auto month_start = make_day(r.reference.year(), r.reference.month(), 1);
         if (!month_start) return one(std::nullopt);
         int step = r.direction == Direction::kFuture ? 1 : -1;
         for (int i = 0; i < 3; ++i) {
           auto m = add_months(*month_start, step * i);
           if (!m) break;
           auto d = make_day(m->year(), m->month(), day);
           if (!d) continue;
           if (step > 0 ? *d >= r.reference : *d <= r.reference) return one(relative(day_expr(*d)));
         }
         return one(std::nullopt);
       }});
  // the first Monday of October / the last Friday in March 2014 / the last day of May
  out.push_back(
      {"\\b(?P<t>(?:(?i:the)\\s+)?((?i:first|second|third|fourth|last|1st|2nd|3rd|4th))"
       "\\s+(" +
           std::string("(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|day)") +
           ")\\s+(?i:of|in)\\s+" + kMonth + "(?:,?\\s+" + kYear4 + ")?)\\b",
       [](const Groups& g, const Resolution& r) {
         int month = month_from_name(g[4].text);
         if (month == 0) return one(std::nullopt);
         int year = g[5].matched() ? to_int(g[5].text) : infer_year(month, 0, r);
         std::string which = to_lower_ascii(g[2].text);
         int nth = which == "last" ? -1 : ordinal_value(which);
         auto first = make_day(year, month, 1);
         if (!first || nth == 0) return one(std::nullopt);
         Day last = *make_day(year, month, first->end_of_month().day());
         std::optional<TimeExpression> t;
         if (to_lower_ascii(g[3].text) == "day") {
           t = day_expr(nth < 0 ? last : add_days(*first, nth - 1));
         } else {
           int wd = *weekday_from_name(g[3].text);
           auto d = nth < 0 ? add_days(last, -((last.day_of_week().as_number() - wd + 7) % 7))
                            : add_days(*first, (wd - first->day_of_week().as_number() + 7) % 7 +
                                                   7 * (nth - 1));
           if (!d || d->month() != month) return one(std::nullopt);
           t = day_expr(d);
         }
         if (!t) return one(t);
         t->relative = !g[5].matched();
         return one(t);
       }});
  // last summer / this winter / next spring / in the summer
  out.push_back({"\\b(?P<t>" + kShift + "\\s+((?i:spring|summer|autumn|fall|winter)))\\b",
                 [](const Groups& g, const Resolution& r) {
                   auto shift = shift_of(g[2].text);
                   if (!shift) return one(std::nullopt);
                   return one(season_with_shift(season_from_name(g[3].text), *shift, r));
                 }});
  out.push_back(
      {"\\b(?i:in|during|over|until|by|since)\\s+(?P<t>(?:the\\s+)?((?i:spring|summer|"
       "autumn|winter)))\\b(?:$|[^-]|-[^0-9])",
       [](const Groups& g, const Resolution& r) {
         int season = season_from_name(g[2].text);
         int shift = r.direction == Direction::kFuture ? 1 : -1;
         // The season the reference falls in, else the nearest in the tense.
         auto [sy, s] = season_of(r.reference);
         if (s == season) return one(relative(season_expr(sy, season)));
         return one(season_with_shift(season, shift, r));
       }});
}

}  // namespace factlint::time
