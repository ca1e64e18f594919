// FuzzyDate: a calendar date known to year, month or day precision.
//
//   auto d = FuzzyDate::parse("2024-02");      // February 2024, month precision
//   d->period();                                // [2024-02-01, 2024-03-01) as a date_period
//   d->iso();                                   // "2024-02"
//
// Precision is never invented: "2024-02" is the whole month, compared as a period.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/checked_date.h"

namespace factlint {

enum class DatePrecision { kYear, kMonth, kDay };

class FuzzyDate {
 public:
  // Parses YYYY, YYYY-MM or YYYY-MM-DD; nullopt for anything else or an impossible date.
  static std::optional<FuzzyDate> parse(std::string_view text);
  static std::optional<FuzzyDate> from_parts(int year, int month = 0, int day = 0);
  static FuzzyDate from_day(Day day);

  int year() const { return year_; }
  int month() const { return month_; }  // 0 when the precision is year
  int day() const { return day_; }      // 0 when the precision is year or month
  DatePrecision precision() const;

  Day first_day() const;
  Day last_day() const;
  Period period() const { return *inclusive_period(first_day(), last_day()); }
  std::string iso() const;

  bool operator==(const FuzzyDate& o) const {
    return year_ == o.year_ && month_ == o.month_ && day_ == o.day_;
  }

 private:
  FuzzyDate(int year, int month, int day) : year_(year), month_(month), day_(day) {}
  int year_;
  int month_;
  int day_;
};

// ISO form of a single day, "2025-08-08".
std::string iso_day(Day day);
// A period as text: a single day, a whole month or year in ISO form, else "A..B" (inclusive).
std::string describe_period(const Period& period);
// Whole years between birth and the given day (the age on that day).
int years_between(Day from, Day to);

}  // namespace factlint
