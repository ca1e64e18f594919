// Holidays with a calendar rule: fixed days (Christmas), nth weekdays (Thanksgiving, the US
// Martin Luther King Day) and days counted from Easter (Good Friday, Pentecost). Lunar
// holidays (Eid, Diwali, Hanukkah) need tables and are left out rather than guessed.
#include <re2/re2.h>

#include <memory>

#include "core/text.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

namespace {

enum class Rule { kFixed, kNthWeekday, kEaster, kBossDay, kKingsDay };

struct Holiday {
  const char* names;  // RE2 alternation, case-insensitive
  Rule rule;
  int month;
  int day;  // kFixed: day of month; kNthWeekday: weekday (0 = Sunday); kEaster: offset
  int nth;  // kNthWeekday: 1..4, or -1 for the last
};

const Holiday kHolidays[] = {
    {"new\\s+year(?:'s|s)?\\s+day", Rule::kFixed, 1, 1, 0},
    {"new\\s+year(?:'s|s)?\\s+eve", Rule::kFixed, 12, 31, 0},
    {"valentine(?:'s|s)?\\s+day", Rule::kFixed, 2, 14, 0},
    {"(?:st\\.?|saint)\\s+(?:patrick|paddy)'?s\\s+day", Rule::kFixed, 3, 17, 0},
    {"halloween", Rule::kFixed, 10, 31, 0},
    {"christmas\\s+eve", Rule::kFixed, 12, 24, 0},
    {"christmas(?:\\s+day)?|xmas", Rule::kFixed, 12, 25, 0},
    {"boxing\\s+day", Rule::kFixed, 12, 26, 0},
    {"boss(?:'s|s)?\\s+day", Rule::kBossDay, 10, 16, 0},
    {"king'?s\\s+day|koningsdag", Rule::kKingsDay, 4, 27, 0},
    {"(?:martin\\s+luther\\s+king|mlk)(?:,?\\s+jr\\.?)?(?:'s|s)?\\s+day|civil\\s+rights\\s+day",
     Rule::kNthWeekday, 1, 1, 3},
    {"presidents'?\\s+day", Rule::kNthWeekday, 2, 1, 3},
    {"memorial\\s+day", Rule::kNthWeekday, 5, 1, -1},
    {"labor\\s+day", Rule::kNthWeekday, 9, 1, 1},
    {"thanksgiving(?:\\s+day)?", Rule::kNthWeekday, 11, 4, 4},
    {"black\\s+friday", Rule::kNthWeekday, 11, 4, 4 + 100},  // Thanksgiving + 1
    {"easter(?:\\s+sunday)?", Rule::kEaster, 0, 0, 0},
    {"easter\\s+monday", Rule::kEaster, 0, 1, 0},
    {"good\\s+friday", Rule::kEaster, 0, -2, 0},
    {"maundy\\s+thursday|holy\\s+thursday", Rule::kEaster, 0, -3, 0},
    {"palm\\s+sunday", Rule::kEaster, 0, -7, 0},
    {"ash\\s+wednesday", Rule::kEaster, 0, -46, 0},
    {"shrove\\s+tuesday|mardi\\s+gras|pancake\\s+day", Rule::kEaster, 0, -47, 0},
    {"ascension\\s+day", Rule::kEaster, 0, 39, 0},
    {"pentecost(?:\\s+sunday)?|whit\\s+sunday|whitsun(?:day)?", Rule::kEaster, 0, 49, 0},
    {"whit\\s+monday", Rule::kEaster, 0, 50, 0},
    {"trinity\\s+sunday", Rule::kEaster, 0, 56, 0},
};

// Easter Sunday in the Gregorian calendar (the anonymous algorithm).
std::optional<Day> easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return make_day(y, month, day);
}

std::optional<Day> nth_weekday(int y, int month, int weekday, int nth) {
  auto first = make_day(y, month, 1);
  if (!first) return std::nullopt;
  if (nth < 0) {
    Day last = *make_day(y, month, first->end_of_month().day());
    return add_days(last, -((last.day_of_week().as_number() - weekday + 7) % 7));
  }
  return add_days(*first, (weekday - first->day_of_week().as_number() + 7) % 7 + 7 * (nth - 1));
}

// The holiday's day in year y; nullopt outside the calendar.
std::optional<Day> holiday_in(const Holiday& h, int y) {
  switch (h.rule) {
    case Rule::kFixed:
      return make_day(y, h.month, h.day);
    case Rule::kNthWeekday:
      if (h.nth > 100) {
        auto d = nth_weekday(y, h.month, h.day, h.nth - 100);
        return d ? add_days(*d, 1) : std::nullopt;
      }
      return nth_weekday(y, h.month, h.day, h.nth);
    case Rule::kEaster: {
      auto d = easter(y);
      return d ? add_days(*d, h.day) : std::nullopt;
    }
    case Rule::kBossDay: {
      // Observed on the nearest weekday when October 16 falls on a weekend.
      auto d = make_day(y, h.month, h.day);
      if (!d) return std::nullopt;
      int wd = d->day_of_week().as_number();
      return add_days(*d, wd == 6 ? -1 : wd == 0 ? 1 : 0);
    }
    case Rule::kKingsDay: {
      auto d = make_day(y, h.month, h.day);
      if (!d) return std::nullopt;
      return add_days(*d, d->day_of_week().as_number() == 0 ? -1 : 0);
    }
  }
  return std::nullopt;
}

const std::vector<std::unique_ptr<RE2>>& holiday_res() {
  static const std::vector<std::unique_ptr<RE2>> kAll = [] {
    std::vector<std::unique_ptr<RE2>> out;
    for (const Holiday& h : kHolidays)
      out.push_back(std::make_unique<RE2>(std::string("(?i:") + h.names + ")"));
    return out;
  }();
  return kAll;
}

std::string all_names() {
  std::string out;
  for (const Holiday& h : kHolidays) out += (out.empty() ? "" : "|") + std::string(h.names);
  return "((?i:" + out + "))";
}

}  // namespace

void add_holidays(std::vector<Pattern>& out) {
  // [last|this|next] Thanksgiving [2014 | of next year]
  out.push_back(
      {"\\b(?P<t>(?:((?i:last|this|next|coming|past))\\s+)?" + all_names() +
           "(?:\\s+(?:([12][0-9]{3})|(?i:of\\s+)((?i:this|last|next))\\s+(?i:year)))?)\\b",
       [](const Groups& g, const Resolution& r) {
         const Holiday* found = nullptr;
         const auto& res = holiday_res();
         for (std::size_t i = 0; i < res.size() && !found; ++i)
           if (RE2::FullMatch(g[3].text, *res[i])) found = &kHolidays[i];
         if (!found) return one(std::nullopt);
         int y = r.reference.year();
         if (g[4].matched()) return one(day_expr(holiday_in(*found, to_int(g[4].text))));
         std::optional<TimeExpression> t;
         if (g[5].matched()) {
           auto shift = shift_from_word(g[5].text);
           t = day_expr(holiday_in(*found, y + shift.value_or(0)));
         } else {
           std::string s = to_lower_ascii(g[2].text);
           auto before = holiday_in(*found, y);
           if (before && *before > r.reference) before = holiday_in(*found, y - 1);
           auto after = holiday_in(*found, y);
           if (after && *after < r.reference) after = holiday_in(*found, y + 1);
           // At the calendar's edges a side may not exist: that reading is unresolvable.
           std::optional<Day> pick = after;
           if (s == "last" || s == "past") {
             pick = before && *before < r.reference ? before
                    : before                        ? holiday_in(*found, before->year() - 1)
                                                    : std::nullopt;
           } else if (s.empty()) {
             if (r.direction == Direction::kPast) pick = before;
             // Tense unknown: the nearer of the two.
             if (r.direction == Direction::kTense && before && after &&
                 r.reference - *before < *after - r.reference)
               pick = before;
           }
           t = day_expr(pick);
         }
         if (t) t->relative = true;
         return one(t);
       }});
}

}  // namespace factlint::time
