// Time recognisers: the shared shape of one pattern, its resolver, and calendar helpers.
//
//   void add_absolute(std::vector<Pattern>& out) {
//     out.push_back({"\\b(?P<t>([12][0-9]{3})-([01][0-9])-([0-3][0-9]))\\b", resolve_iso});
//   }
//
// A pattern's span is its group named t when it has one (the rest is context: "in" before a
// bare month), else the whole match. A resolver returns the expressions for one match; those
// it leaves with begin == end take that span. Each family file adds its patterns to the list
// in time_expressions.cpp; on overlap the leftmost-longest expression wins, then list order.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "recognise/time_expressions.h"

namespace factlint::time {

namespace gd = boost::gregorian;

struct Group {
  std::string text;   // empty when the group did not take part
  std::size_t begin;  // byte offsets into the text passed to find_time_expressions
  std::size_t end;
  bool matched() const { return !text.empty(); }
};

// What a resolver knows about the surroundings of one match.
struct Resolution {
  Day reference;        // the DCT (patterns that need it only run when it is known)
  Direction direction;  // kPast or kFuture from the tense cues, kTense when none is clear
  Day anchor;           // the day the narrative last named, else the reference
  bool has_anchor;      // anchor came from the text, not the reference
  NumericDateOrder numeric_order;
};

using Groups = std::vector<Group>;  // [0] is the whole match, then the capturing groups
using Resolver = std::function<std::vector<TimeExpression>(const Groups&, const Resolution&)>;

struct Pattern {
  std::string regex;
  Resolver resolve;
};

void add_absolute(std::vector<Pattern>& out);   // absolute.cpp
void add_relative(std::vector<Pattern>& out);   // relative.cpp
void add_durations(std::vector<Pattern>& out);  // durations.cpp
void add_vague(std::vector<Pattern>& out);      // vague.cpp
void add_holidays(std::vector<Pattern>& out);   // holidays.cpp

// Pattern pieces (RE2 syntax). Month names: capitalised or lower case, except that the
// verbs "may", "march" (and the adjective "august") count only capitalised.
extern const std::string kMonth;        // one group
extern const std::string kWeekday;      // one group, full names, any case
extern const std::string kWeekdayAbbr;  // one group, full or abbreviated, capitalised
extern const std::string kDayNum;       // one group: 1-31 with an optional ordinal suffix
extern const std::string kYear4;        // one group
extern const std::string kCount;        // one group: 3, three, a, an, a few, several, ...
extern const std::string kOrdinal;      // one group: 1st, first, twenty-first, ...
extern const std::string kUnit;         // one group: day(s), week(s), ..., century/centuries

// Calendar and value helpers. Days are built with make_day and friends (core/checked_date.h);
// every builder below returns nullopt outside the calendar, so such an expression is dropped.
int to_int(const std::string& s);
// "three" -> 3, "a" -> 1, "12" -> 12; "several", "few", "a few", "many" -> 0 (unknown).
std::optional<double> count_value(const std::string& word);
// "first" / "1st" -> 1, "twenty-first" -> 21; 0 if none.
int ordinal_value(const std::string& word);
// The unit's TimeML letter ("Y", "M", "W", "D", "H", "MIN" for minutes, "DE", "CE"), its
// length in days, and its grain; from "years", "Month", "centuries".
struct Unit {
  std::string letter;
  double days;
  TimeGrain grain;
  bool clock;  // hours, minutes, seconds: PT...
};
std::optional<Unit> unit_from_word(const std::string& word);

std::optional<TimeExpression> day_expr(std::optional<Day> day);
std::optional<TimeExpression> month_expr(long long year, long long month);
std::optional<TimeExpression> year_expr(long long year);
std::optional<TimeExpression> week_expr(std::optional<Day> any_day_of_week);
std::optional<TimeExpression> quarter_expr(long long year, long long quarter);
// 0 spring, 1 summer, 2 autumn, 3 winter
std::optional<TimeExpression> season_expr(long long year, int season);
std::optional<TimeExpression> decade_expr(long long first_year);
std::optional<TimeExpression> century_expr(long long first_year);  // 1900: the 20th century
TimeExpression vague_expr(const char* value);
std::vector<TimeExpression> one(std::optional<TimeExpression> e);

// "spring" -> 0, "summer" -> 1, "autumn"/"fall" -> 2, "winter" -> 3; -1 if none.
int season_from_name(const std::string& name);
// The season containing a day (winter belongs to the year its December falls in).
std::pair<int, int> season_of(Day day);
// Monday of the week containing the day.
std::optional<Day> week_start(Day day);

// The year of a month (and day, 0 when none) written without one: future, the next on or
// after the reference; past, the most recent on or before it; but a month-day (past or
// unknown tense) or a month (unknown tense) within two months ahead stays in the reference
// year: a scheduled event.
int infer_year(int month, int day, const Resolution& r);
// A weekday (0 = Sunday) without a date: past, the most recent on or before the reference;
// future, the next after it; unknown, past.
std::optional<Day> resolve_weekday(int weekday, const Resolution& r);
// Lower-case "last" / "this" / "next" style words to -1, 0, +1; nullopt if none.
std::optional<int> shift_from_word(const std::string& word);

// Shifts a day by n units of the grain (month ends clamp: Jan 31 + 1 month = Feb 28).
std::optional<Day> shift(Day day, TimeGrain grain, long long n);

}  // namespace factlint::time
