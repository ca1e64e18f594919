// Checked calendar values: every Boost.Date_Time date is built and shifted through here.
//
//   auto d = make_day(2025, 2, 30);                   // nullopt: no such day
//   auto e = add_months(*make_day(2025, 1, 31), 1);   // 2025-02-28 (month ends clamp)
//   auto p = day_span(*make_day(1400, 1, 1));         // [1400-01-01, 1400-01-02)
//   auto n = checked_mul(9000000000000000000, 365);   // nullopt: would overflow
//
// Boost's calendar covers 1400-01-01..9999-12-31 and throws (or, for day arithmetic, silently
// leaves the range and throws later) outside it. These return nullopt instead, so an
// out-of-range or impossible date is unresolvable, never an exception.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <optional>

namespace factlint {

using Day = boost::gregorian::date;
using Period = boost::gregorian::date_period;  // half-open: [begin, end)

inline constexpr int kFirstYear = 1400;  // Boost.Date_Time's calendar range
inline constexpr int kLastYear = 9999;

// A real day within the calendar (not a special value, not past either end).
bool in_calendar(Day day);
// The first and last days the calendar holds.
Day first_calendar_day();
Day last_calendar_day();

std::optional<Day> make_day(long long year, long long month, long long day);
std::optional<Day> add_days(Day day, long long n);
std::optional<Day> add_weeks(Day day, long long n);
std::optional<Day> add_months(Day day, long long n);  // Jan 31 + 1 month = Feb 28
std::optional<Day> add_years(Day day, long long n);   // Feb 29 + 1 year = Feb 28

// [first, end): first a calendar day, end after it and at most the day after the last one.
std::optional<Period> make_period(Day first, Day end);
// The single day [day, day + 1).
std::optional<Period> day_span(Day day);
// [first, last + 1): both calendar days, first <= last.
std::optional<Period> inclusive_period(Day first, Day last);

// Integer arithmetic on numbers read from text: nullopt on overflow.
std::optional<long long> checked_add(long long a, long long b);
std::optional<long long> checked_mul(long long a, long long b);

}  // namespace factlint
