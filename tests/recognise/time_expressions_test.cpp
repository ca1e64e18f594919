// Time expressions: absolute forms, years from the reference date, spans.
#include <catch2/catch.hpp>

#include <tuple>

#include "recognise/time_expressions.h"

using namespace factlint;

namespace {

std::vector<TimeExpression> find(const std::string& text, const char* reference = "2025-08-08") {
  TimeContext ctx;
  ctx.reference = FuzzyDate::parse(reference)->first_day();
  return find_time_expressions(text, 0, text.size(), ctx);
}

}  // namespace

TEST_CASE("Absolute dates in the formats news uses", "[recognise][time]") {
  struct Case {
    const char* text;
    const char* expr;
    const char* value;
  };
  for (const Case& c : std::vector<Case>{
           {"started in February 2024 to", "February 2024", "2024-02"},
           {"on 24 February 2022, troops", "24 February 2022", "2022-02-24"},
           {"on Feb. 24, 2022, troops", "Feb. 24, 2022", "2022-02-24"},
           {"dated 2022-02-24 in", "2022-02-24", "2022-02-24"},
           {"since 2013, adding", "2013", "2013"},
           {"on Friday, July 17, 2014, and", "Friday, July 17, 2014", "2014-07-17"},
           {"Fri, 08 August 2025", "Fri, 08 August 2025", "2025-08-08"},
       }) {
    auto found = find(c.text);
    INFO(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.expr);
    CHECK(found[0].value == c.value);
  }
}

TEST_CASE("A month and day take the year from the reference date", "[recognise][time]") {
  auto found = find("on Thursday, June 12, less than a minute", "2025-09-12");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2025-06-12");
  CHECK(found[0].weekday == 4);
  CHECK(found[1].text == "a minute");
  CHECK(found[1].mod == "LESS_THAN");
  // Past-tense news looks back across the new year.
  found = find("the attack on December 3", "2025-06-04");
  REQUIRE(found.size() == 1);
  CHECK(found[0].value == "2024-12-03");
}

TEST_CASE("A month with last, this or next year is that year's month", "[recognise][time]") {
  // Read apart, "in April" would be this year's April and "last year" a second expression.
  for (auto [text, expr, value] : std::vector<std::tuple<const char*, const char*, const char*>>{
           {"joined in April only last year, a reaction", "April only last year", "2024-04"},
           {"in June last year", "June last year", "2024-06"},
           {"by May of this year", "May of this year", "2025-05"},
           {"until March next year", "March next year", "2026-03"},
       }) {
    auto found = find(text);
    INFO(text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == expr);
    CHECK(found[0].value == value);
  }
}

TEST_CASE("Numbers that are not years are left alone", "[recognise][time]") {
  CHECK(find("killed 1,200 people and 2.6 million").empty());
  CHECK(find("a $1500 fine").empty());
  CHECK(find("may rain in march").empty());
}
