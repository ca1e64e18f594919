// FuzzyDate: parsing and conversion to Boost.Date_Time periods.
#include "core/fuzzy_date.h"

#include <cstdio>

namespace factlint {

namespace gd = boost::gregorian;

namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::optional<FuzzyDate> FuzzyDate::from_parts(int year, int month, int day) {
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  if (month < 0 || month > 12 || (month == 0 && day != 0)) return std::nullopt;
  if (day != 0 && !make_day(year, month, day)) return std::nullopt;
  return FuzzyDate(year, month, day);
}

FuzzyDate FuzzyDate::from_day(Day day) {
  return FuzzyDate(day.year(), day.month(), day.day());
}

std::optional<FuzzyDate> FuzzyDate::parse(std::string_view text) {
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  if (!all_digits(text.substr(0, 4))) return std::nullopt;
  int year = to_int(text.substr(0, 4));
  if (text.size() == 4) return from_parts(year);
  if (text[4] != '-' || !all_digits(text.substr(5, 2))) return std::nullopt;
  int month = to_int(text.substr(5, 2));
  if (month == 0) return std::nullopt;
  if (text.size() == 7) return from_parts(year, month);
  if (text[7] != '-' || !all_digits(text.substr(8, 2))) return std::nullopt;
  int day = to_int(text.substr(8, 2));
  if (day == 0) return std::nullopt;
  return from_parts(year, month, day);
}

DatePrecision FuzzyDate::precision() const {
  if (day_ != 0) return DatePrecision::kDay;
  if (month_ != 0) return DatePrecision::kMonth;
  return DatePrecision::kYear;
}

// from_parts admits only calendar dates, so these days exist.
Day FuzzyDate::first_day() const {
  return *make_day(year_, month_ == 0 ? 1 : month_, day_ == 0 ? 1 : day_);
}

Day FuzzyDate::last_day() const {
  if (day_ != 0) return *make_day(year_, month_, day_);
  if (month_ != 0)
    return *make_day(year_, month_, gd::gregorian_calendar::end_of_month_day(year_, month_));
  return *make_day(year_, 12, 31);
}

std::string FuzzyDate::iso() const {
  char buf[16];
  if (day_ != 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  else if (month_ != 0)
    std::snprintf(buf, sizeof buf, "%04d-%02d", year_, month_);
  else
    std::snprintf(buf, sizeof buf, "%04d", year_);
  return buf;
}

std::string iso_day(Day day) {
  return FuzzyDate::from_day(day).iso();
}

std::string describe_period(const Period& period) {
  Day first = period.begin();
  Day last = period.last();
  if (first == last) return iso_day(first);
  if (first.day() == 1 && first.year() == last.year()) {
    if (first.month() == last.month() && last == first.end_of_month())
      return FuzzyDate::from_parts(first.year(), first.month())->iso();
    if (first.month() == 1 && last.month() == 12 && last.day() == 31)
      return std::to_string(static_cast<int>(first.year()));
  }
  return iso_day(first) + ".." + iso_day(last);
}

int years_between(Day from, Day to) {
  int years = to.year() - from.year();
  if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day())) --years;
  return years;
}

}  // namespace factlint
