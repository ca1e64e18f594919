// FuzzyDate: precision is kept and periods cover exactly the stated days.
#include <catch2/catch.hpp>

#include "core/fuzzy_date.h"

using namespace factlint;
namespace gd = boost::gregorian;

TEST_CASE("FuzzyDate parses the three precisions", "[core]") {
  auto y = FuzzyDate::parse("2024");
  auto m = FuzzyDate::parse("2024-02");
  auto d = FuzzyDate::parse("2024-02-29");
  REQUIRE(y);
  REQUIRE(m);
  REQUIRE(d);
  CHECK(y->precision() == DatePrecision::kYear);
  CHECK(m->precision() == DatePrecision::kMonth);
  CHECK(d->precision() == DatePrecision::kDay);
  CHECK(m->first_day() == gd::date(2024, 2, 1));
  CHECK(m->last_day() == gd::date(2024, 2, 29));
  CHECK(y->period().length().days() == 366);
  CHECK(m->iso() == "2024-02");
}

TEST_CASE("FuzzyDate rejects malformed and impossible dates", "[core]") {
  for (const char* bad : {"2022-13-01", "2023-02-29", "22-02-24", "2022/02/24", "2022-2-4", "",
                          "2022-00", "2022-02-00", "abcd"})
    CHECK_FALSE(FuzzyDate::parse(bad));
}

TEST_CASE("describe_period names whole months and years", "[core]") {
  CHECK(describe_period(FuzzyDate::parse("2024-02")->period()) == "2024-02");
  CHECK(describe_period(FuzzyDate::parse("2014")->period()) == "2014");
  CHECK(describe_period(FuzzyDate::parse("2014-02-20")->period()) == "2014-02-20");
  CHECK(describe_period(Period(gd::date(2020, 1, 3), gd::date(2020, 1, 6))) ==
        "2020-01-03..2020-01-05");
}

TEST_CASE("years_between counts birthdays passed", "[core]") {
  gd::date born(1952, 10, 7);
  CHECK(years_between(born, gd::date(2025, 8, 8)) == 72);
  CHECK(years_between(born, gd::date(2025, 10, 7)) == 73);
  CHECK(years_between(born, gd::date(2025, 10, 6)) == 72);
}
