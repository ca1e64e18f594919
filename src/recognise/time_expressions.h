// Time expressions: find dates in text and normalise them against the publication date.
//
//   TimeContext ctx;  ctx.reference = doc.published;   // the DCT
//   for (const TimeExpression& t : find_time_expressions(text, begin, end, ctx))
//     t.value;    // TimeML value: "2022-02-24", "2024-02", "2022", "199", "2024-Q3", "P3Y"
//     t.period;   // the Boost period a check compares (absent for vague refs and durations)
//
// Expressions that need the reference date (a month without a year, "last year") are only
// resolved when ctx.reference is set; otherwise they are left out.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fuzzy_date.h"

namespace factlint {

enum class TimeGrain { kDay, kWeek, kMonth, kQuarter, kSeason, kYear, kDecade, kCentury, kVague };

const char* grain_name(TimeGrain grain);

// How to resolve an expression that could point either way from the reference date.
enum class Direction { kPast, kFuture, kTense };
// Order of purely numeric dates such as 04/05/2022.
enum class NumericDateOrder { kMonthDayYear, kDayMonthYear };

struct TimeContext {
  std::optional<Day> reference;  // publication date (DCT)
  Direction direction = Direction::kTense;
  NumericDateOrder numeric_order = NumericDateOrder::kMonthDayYear;
};

struct TimeExpression {
  std::size_t begin = 0;  // byte offsets into the text passed in
  std::size_t end = 0;
  std::string text;
  std::string type = "DATE";  // TimeML type: DATE, DURATION
  std::string value;          // TimeML value
  std::string mod;            // TimeML mod: APPROX, BEFORE, AFTER, START, MID, END, ...
  TimeGrain grain = TimeGrain::kDay;
  std::optional<Period> period;  // the days the expression covers
  std::optional<int> weekday;    // a weekday written with the date (0 = Sunday), if any
  bool relative = false;         // resolved against the reference date
};

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::size_t begin,
                                                  std::size_t end, const TimeContext& ctx);

// Weekday number (0 = Sunday) from a name or abbreviation ("Fri", "Friday"); nullopt if none.
std::optional<int> weekday_from_name(std::string_view name);

}  // namespace factlint
