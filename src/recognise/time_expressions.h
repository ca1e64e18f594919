// Time expressions: find dates in text and normalise them against the publication date.
//
//   TimeContext ctx;  ctx.reference = doc.published;   // the DCT
//   for (const TimeExpression& t : find_time_expressions(text, begin, end, ctx))
//     t.value;    // TimeML value: "2022-02-24", "2024-02", "2022", "199", "2024-Q3", "P3Y"
//     t.period;   // the Boost period a check compares (absent for vague refs and durations)
//
// Expressions that need the reference date (a month without a year, "last year") are only
// resolved when ctx.reference is set; otherwise they are left out. The recognisers live in
// src/recognise/time/, one family of expressions per file (absolute, relative, durations,
// vague), registered in one list in time_expressions.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fuzzy_date.h"

namespace factlint {

enum class TimeGrain {
  kTime,  // a clock time or part of a day ("8 p.m.", "Friday afternoon" keeps kDay)
  kDay,
  kWeek,
  kMonth,
  kQuarter,
  kSeason,
  kYear,
  kDecade,
  kCentury,
  kVague,     // PRESENT_REF, PAST_REF, FUTURE_REF: never checked
  kDuration,  // "three years": an amount of time, no period
};

const char* grain_name(TimeGrain grain);

// How to resolve an expression that could point either way from the reference date.
enum class Direction { kPast, kFuture, kTense };
// Order of purely numeric dates such as 04/05/2022.
enum class NumericDateOrder { kMonthDayYear, kDayMonthYear };

struct TimeContext {
  std::optional<Day> reference;  // publication date (DCT)
  Direction direction = Direction::kTense;
  NumericDateOrder numeric_order = NumericDateOrder::kMonthDayYear;
  // The day the narrative last named ("On March 3 ... the next day"): callers that pass one
  // sentence at a time keep it with update_anchor(); absent, the reference date stands in.
  std::optional<Day> anchor;
};

struct TimeExpression {
  std::size_t begin = 0;  // byte offsets into the text passed in
  std::size_t end = 0;
  std::string text;
  std::string type = "DATE";  // TimeML type: DATE, DURATION, TIME, SET
  std::string value;          // TimeML value
  // TimeML mod: APPROX, START, MID, END (dates); APPROX, LESS_THAN, MORE_THAN,
  // EQUAL_OR_MORE, EQUAL_OR_LESS (durations, from "about", "nearly", "more than", "at least").
  std::string mod;
  TimeGrain grain = TimeGrain::kDay;
  std::optional<Period> period;  // the days the expression covers
  std::optional<int> weekday;    // a weekday written with the date (0 = Sunday), if any
  bool relative = false;         // resolved against the reference date (or the anchor)
  bool anchored = false;         // resolved against the narrative anchor ("the next day")
  // The signal word before the expression: "since", "until", "by", "before", "after",
  // "from", "through"; empty if none. signal_period is the span it builds, open ends
  // clamped to the Boost date range: since 2013 -> [2013-01-01, DCT], until 2020 ->
  // [min, 2020-12-31], by 2030 -> [min, 2030-12-31], before 2014 -> [min, 2013-12-31].
  std::string signal;
  std::optional<Period> signal_period;
  // Both ends of a range ("from 2001 to 2009", "2014-2022", "between March and May") carry
  // the whole range; a day range in one month ("July 13-15") is one expression whose period
  // is the range.
  std::optional<Period> range;
  // Durations: the length in days (a month 30, a year 365), for comparing amounts.
  std::optional<double> duration_days;
};

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::size_t begin,
                                                  std::size_t end, const TimeContext& ctx);

// Moves ctx.anchor to the expression when it names an absolute day (callers that pass one
// sentence at a time call it on each expression found, in order).
void update_anchor(TimeContext& ctx, const TimeExpression& found);

// Weekday number (0 = Sunday) from a name or abbreviation ("Fri", "Friday"); nullopt if none.
std::optional<int> weekday_from_name(std::string_view name);

}  // namespace factlint
