// Checked dates: the calendar's edges give nullopt, never an exception, and inside the range the
// arithmetic is Boost's.
#include <catch2/catch.hpp>
#include <limits>

#include "core/checked_date.h"

using namespace factlint;

TEST_CASE("make_day accepts calendar days only", "[core][dates]") {
  CHECK(make_day(2024, 2, 29));
  CHECK(make_day(1400, 1, 1));
  CHECK(make_day(9999, 12, 31));
  CHECK_FALSE(make_day(2025, 2, 30));
  CHECK_FALSE(make_day(1054, 7, 4));
  CHECK_FALSE(make_day(1399, 12, 31));
  CHECK_FALSE(make_day(10000, 1, 1));
  CHECK_FALSE(make_day(2024, 13, 1));
  CHECK_FALSE(make_day(2024, 0, 1));
  CHECK_FALSE(make_day(2024, 1, 0));
  CHECK_FALSE(make_day(std::numeric_limits<long long>::max(), 1, 1));
}

TEST_CASE("Shifts inside the calendar are Boost's, outside nullopt", "[core][dates]") {
  Day jan31 = *make_day(2025, 1, 31);
  CHECK(*add_months(jan31, 1) == *make_day(2025, 2, 28));
  CHECK(*add_days(jan31, 1) == *make_day(2025, 2, 1));
  CHECK(*add_weeks(jan31, -1) == *make_day(2025, 1, 24));
  CHECK(*add_years(*make_day(2024, 2, 29), 1) == *make_day(2025, 2, 28));

  Day first = first_calendar_day();
  Day last = last_calendar_day();
  CHECK_FALSE(add_days(first, -1));                      // yesterday, published 1400-01-01
  CHECK_FALSE(add_years(last, 1));                       // next year, published 9999
  CHECK_FALSE(add_years(*make_day(2025, 1, 1), -3000));  // 3000 years ago
  CHECK_FALSE(add_days(*make_day(2025, 1, 1), -99999999));
  CHECK_FALSE(add_months(first, -1));
  CHECK_FALSE(add_weeks(last, std::numeric_limits<long long>::max()));
  CHECK_FALSE(add_days(Day(boost::gregorian::not_a_date_time), 1));
  CHECK(*add_days(last, 0) == last);
}

TEST_CASE("Periods may end the day after the calendar's last day", "[core][dates]") {
  Day last = last_calendar_day();
  auto span = day_span(last);
  REQUIRE(span);
  CHECK(span->last() == last);
  CHECK(span->length().days() == 1);
  CHECK(inclusive_period(*make_day(9999, 1, 1), last)->length().days() == 365);
  CHECK_FALSE(make_period(last, last));
  CHECK_FALSE(inclusive_period(last, first_calendar_day()));
}

TEST_CASE("Integer arithmetic on parsed numbers is overflow-checked", "[core][dates]") {
  constexpr long long kMax = std::numeric_limits<long long>::max();
  CHECK(*checked_add(2, 3) == 5);
  CHECK_FALSE(checked_add(kMax, 1));
  CHECK(*checked_mul(-4, 3) == -12);
  CHECK_FALSE(checked_mul(kMax / 2, 3));
}
