// Checked calendar values: range checks around Boost.Date_Time construction and arithmetic.
#include "core/checked_date.h"

#include <stdexcept>

namespace factlint {

namespace gd = boost::gregorian;

namespace {

// More days than the calendar spans: a larger shift leaves it whatever the start.
constexpr long long kMaxShiftDays = 4'000'000;

long long day_number(Day d) {
  return static_cast<long long>(d.day_number());
}

}  // namespace

Day first_calendar_day() {
  static const Day kFirst(kFirstYear, 1, 1);
  return kFirst;
}

Day last_calendar_day() {
  static const Day kLast(kLastYear, 12, 31);
  return kLast;
}

bool in_calendar(Day day) {
  if (day.is_special()) return false;
  long long n = day_number(day);
  return n >= day_number(first_calendar_day()) && n <= day_number(last_calendar_day());
}

std::optional<Day> make_day(long long year, long long month, long long day) {
  if (year < kFirstYear || year > kLastYear || month < 1 || month > 12 || day < 1) return {};
  int y = static_cast<int>(year);
  int m = static_cast<int>(month);
  if (day > gd::gregorian_calendar::end_of_month_day(y, m)) return std::nullopt;
  return Day(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
             static_cast<unsigned short>(day));
}

std::optional<Day> add_days(Day day, long long n) {
  if (!in_calendar(day) || n > kMaxShiftDays || n < -kMaxShiftDays) return std::nullopt;
  long long target = day_number(day) + n;
  if (target < day_number(first_calendar_day()) || target > day_number(last_calendar_day()))
    return std::nullopt;
  return day + gd::days(static_cast<long>(n));
}

std::optional<Day> add_weeks(Day day, long long n) {
  auto days = checked_mul(n, 7);
  if (!days) return std::nullopt;
  return add_days(day, *days);
}

std::optional<Day> add_months(Day day, long long n) {
  if (!in_calendar(day) || n > 12LL * kLastYear || n < -12LL * kLastYear) return std::nullopt;
  long long months = (static_cast<long long>(day.year()) * 12 + (day.month() - 1)) + n;
  long long year = months / 12;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  // In range now, so Boost's month arithmetic (with its end-of-month rule) cannot throw.
  return day + gd::months(static_cast<int>(n));
}

std::optional<Day> add_years(Day day, long long n) {
  if (!in_calendar(day) || n > kLastYear || n < -kLastYear) return std::nullopt;
  long long year = day.year() + n;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  return day + gd::years(static_cast<int>(n));
}

std::optional<Period> make_period(Day first, Day end) {
  if (!in_calendar(first) || end.is_special() || end <= first) return std::nullopt;
  if (day_number(end) > day_number(last_calendar_day()) + 1) return std::nullopt;
  return Period(first, end);
}

std::optional<Period> day_span(Day day) {
  if (!in_calendar(day)) return std::nullopt;
  // The day after the last calendar day has a day number but no year: fine as an open end.
  return Period(day, day + gd::days(1));
}

std::optional<Period> inclusive_period(Day first, Day last) {
  if (!in_calendar(first) || !in_calendar(last) || last < first) return std::nullopt;
  return Period(first, last + gd::days(1));
}

std::optional<long long> checked_add(long long a, long long b) {
  long long out = 0;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

std::optional<long long> checked_mul(long long a, long long b) {
  long long out = 0;
  if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
  return out;
}

}  // namespace factlint
