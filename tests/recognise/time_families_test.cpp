// Time expressions by family: relative dates, weekdays, durations, signals, vague references,
// holidays, ranges and the narrative anchor. Reference date: Friday 2013-03-22 unless noted.
#include <catch2/catch.hpp>

#include "recognise/time_expressions.h"

using namespace factlint;

namespace {

std::vector<TimeExpression> find(const std::string& text, const char* reference = "2013-03-22",
                                 Direction direction = Direction::kTense) {
  TimeContext ctx;
  ctx.reference = FuzzyDate::parse(reference)->first_day();
  ctx.direction = direction;
  return find_time_expressions(text, 0, text.size(), ctx);
}

struct Case {
  const char* text;
  const char* expr;
  const char* value;
};

void check_cases(const std::vector<Case>& cases, Direction direction = Direction::kTense) {
  for (const Case& c : cases) {
    auto found = find(c.text, "2013-03-22", direction);
    INFO(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.expr);
    CHECK(found[0].value == c.value);
  }
}

}  // namespace

TEST_CASE("Months, years, decades and centuries", "[recognise][time]") {
  check_cases({
      {"prices rose in August, he said", "August", "2012-08"},
      {"the report is due to be published in May.", "May", "2013-05"},
      {"who lost his re-election bid last May and", "last May", "2012-05"},
      {"reported missing late last July by his son", "late last July", "2012-07"},
      {"the season started in early December, a", "early December", "2012-12"},
      {"it grew in the 1990s and", "1990s", "199"},
      {"it grew in the mid-1990s and", "mid-1990s", "199"},
      {"surgery in early 2021.", "early 2021", "2021"},
      {"the most important explorations of the 20th Century", "20th Century", "19"},
      {"It has been a problem this month in Beaumont", "this month", "2013-03"},
      {"It was sold late last year to", "late last year", "2012"},
      {"sales fell earlier this year", "earlier this year", "2013"},
      {"in the second quarter of 2024 profits", "the second quarter of 2024", "2024-Q2"},
      {"Q3 2024 results", "Q3 2024", "2024-Q3"},
      {"a drought in summer 2023 hit", "summer 2023", "2023-SU"},
      {"who was accused of faking his death last summer pleaded", "last summer", "2012-SU"},
  });
  auto early = find("surgery in early 2021.");
  REQUIRE(early.size() == 1);
  CHECK(early[0].mod == "START");
  CHECK(early[0].grain == TimeGrain::kYear);
}

TEST_CASE("Weekdays follow the sentence's tense", "[recognise][time]") {
  check_cases({
      {"Obama arrived in Jordan on Friday after", "Friday", "2013-03-22"},
      {"he pleaded guilty Thursday to a charge", "Thursday", "2013-03-21"},
      {"George Lowe died in Ripley on Wednesday after", "Wednesday", "2013-03-20"},
      {"The talks will resume on Tuesday.", "Tuesday", "2013-03-26"},
      {"they met last Tuesday in Paris", "last Tuesday", "2013-03-19"},
      {"they meet next Monday in Paris", "next Monday", "2013-03-25"},
      {"Before departing for Jordan on Friday afternoon, he", "Friday afternoon", "2013-03-22TAF"},
  });
  // A name, not a date.
  CHECK(find("shoppers flocked to the stores on Black Friday").size() == 1);
  CHECK(find("shoppers flocked to the stores on Black Friday")[0].value == "2012-11-23");
  CHECK(find("services were held on Good Friday")[0].value == "2012-04-06");
  CHECK(find("services will be held on Good Friday")[0].value == "2013-03-29");
}

TEST_CASE("Deictic, relative and vague expressions", "[recognise][time]") {
  check_cases({
      {"It opened today.", "today", "2013-03-22"},
      {"It opened yesterday.", "yesterday", "2013-03-21"},
      {"It opens tomorrow.", "tomorrow", "2013-03-23"},
      {"It opens tonight.", "tonight", "2013-03-22TNI"},
      {"The minister said this morning that", "this morning", "2013-03-22TMO"},
      {"a fuel order four years ago. State-owned", "four years ago", "2009"},
      {"It was sold three days ago.", "three days ago", "2013-03-19"},
      {"It was sold two months ago.", "two months ago", "2013-01"},
      {"he will retire in five years", "in five years", "2018"},
      {"Google launched Keep this week, a", "this week", "2013-W12"},
      {"reported in the last week, and", "the last week", "2013-W11"},
      {"The provisions kick in next year.", "next year", "2014"},
      {"He's admitted it now.", "now", "PRESENT_REF"},
      {"the tool is currently selling for $250", "currently", "PRESENT_REF"},
      {"he has recently moved", "recently", "PAST_REF"},
      {"In the past, he has always given", "the past", "PAST_REF"},
  });
  auto vague = find("He's admitted it now.");
  CHECK_FALSE(vague[0].period.has_value());
  CHECK(vague[0].grain == TimeGrain::kVague);
}

TEST_CASE("Durations carry their length and modifier", "[recognise][time]") {
  check_cases({
      {"a position he had held for almost seven years.", "seven years", "P7Y"},
      {"a sentence of 90 days in jail", "90 days", "P90D"},
      {"five years' probation", "five years'", "P5Y"},
      {"A four-week, phased closure", "four-week", "P4W"},
      {"after a 12-day war the", "12-day", "P12D"},
      {"the worst in a decade.", "a decade", "P10Y"},
      {"over the past two years about", "the past two years", "P2Y"},
      {"prices over the next few months.", "the next few months", "PXM"},
      {"that the oil companies had blocked for years.", "years", "PXY"},
      {"sworn in for a mere 24 hours - women", "a mere 24 hours", "PT24H"},
      {"the war, now in its fourth year, has", "now in its fourth year", "P3Y"},
  });
  auto d = find("a position he had held for almost seven years.");
  CHECK(d[0].mod == "LESS_THAN");
  CHECK(d[0].type == "DURATION");
  CHECK_FALSE(d[0].period.has_value());
  REQUIRE(d[0].duration_days.has_value());
  CHECK(*d[0].duration_days > 2500);
  CHECK(find("it lasted more than two decades")[0].mod == "MORE_THAN");
  CHECK(find("it lasted more than two decades")[0].value == "P20Y");
  CHECK(find("it lasted at least three weeks")[0].mod == "EQUAL_OR_MORE");
  CHECK(find("it took about a month")[0].mod == "APPROX");
  CHECK(find("the war, now in its fourth year, has")[0].mod == "EQUAL_OR_MORE");
  // Ages and rates are not durations.
  CHECK(find("children ages 6 months and older").empty());
  CHECK(find("his 22-year-old son").empty());
  CHECK(find("twice a year").empty());
}

TEST_CASE("Signal words build open or bounded periods", "[recognise][time]") {
  auto since = find("Russia has occupied the region since 2010.");
  REQUIRE(since.size() == 1);
  CHECK(since[0].text == "2010");
  CHECK(since[0].signal == "since");
  REQUIRE(since[0].signal_period.has_value());
  CHECK(iso_day(since[0].signal_period->begin()) == "2010-01-01");
  CHECK(iso_day(since[0].signal_period->last()) == "2013-03-22");  // up to the DCT
  auto until = find("The ban lasts until 2020.");
  CHECK(until[0].signal == "until");
  CHECK(iso_day(until[0].signal_period->last()) == "2020-12-31");
  auto by = find("It will reach 400 million by 2030, up from");
  CHECK(by[0].signal == "by");
  CHECK(iso_day(by[0].signal_period->last()) == "2030-12-31");
  auto before = find("He retired before 2014.");
  CHECK(before[0].signal == "before");
  CHECK(iso_day(before[0].signal_period->last()) == "2013-12-31");
}

TEST_CASE("Ranges give both ends the whole range", "[recognise][time]") {
  auto r = find("He served from 2001 to 2009 as governor.");
  REQUIRE(r.size() == 2);
  REQUIRE(r[0].range.has_value());
  CHECK(describe_period(*r[0].range) == "2001-01-01..2009-12-31");
  CHECK(r[1].range == r[0].range);
  auto dash = find("the pandemic of 2009-2010, when");
  REQUIRE(dash.size() == 2);
  CHECK(dash[1].value == "2010");
  CHECK(dash[0].range.has_value());
  auto short_form = find("the expedition of 1957-58, which");
  REQUIRE(short_form.size() == 2);
  CHECK(short_form[1].text == "58");
  CHECK(short_form[1].value == "1958");
  auto months = find("The river will rise between March and May.");
  REQUIRE(months.size() == 2);
  CHECK(months[0].range.has_value());
  auto days = find("The summit runs July 13-15 in Geneva.", "2013-03-22", Direction::kFuture);
  REQUIRE(days.size() == 1);
  CHECK(describe_period(*days[0].period) == "2013-07-13..2013-07-15");
}

TEST_CASE("Narrative-relative expressions follow the last day named", "[recognise][time]") {
  auto found = find("The storm hit on March 3, 2012. The next day, the river rose.");
  REQUIRE(found.size() == 2);
  CHECK(found[1].text == "The next day");
  CHECK(found[1].value == "2012-03-04");
  CHECK(found[1].anchored);
  // Without a named day the reference date stands in.
  CHECK(find("The next day, the river rose.")[0].value == "2013-03-23");
  // A caller passing one sentence at a time keeps the anchor in the context.
  TimeContext ctx;
  ctx.reference = FuzzyDate::parse("2013-03-22")->first_day();
  std::string first = "The storm hit on March 3, 2012.";
  for (const TimeExpression& t : find_time_expressions(first, 0, first.size(), ctx))
    update_anchor(ctx, t);
  std::string second = "The previous day, the river rose.";
  auto later = find_time_expressions(second, 0, second.size(), ctx);
  REQUIRE(later.size() == 1);
  CHECK(later[0].value == "2012-03-02");
}

TEST_CASE("Numeric dates follow the configured order", "[recognise][time]") {
  TimeContext ctx;
  ctx.reference = FuzzyDate::parse("2013-03-22")->first_day();
  std::string text = "signed on 04/05/2012 in";
  auto mdy = find_time_expressions(text, 0, text.size(), ctx);
  REQUIRE(mdy.size() == 1);
  CHECK(mdy[0].value == "2012-04-05");
  ctx.numeric_order = NumericDateOrder::kDayMonthYear;
  auto dmy = find_time_expressions(text, 0, text.size(), ctx);
  REQUIRE(dmy.size() == 1);
  CHECK(dmy[0].value == "2012-05-04");
  // Fractions and scores are not dates.
  CHECK(find("2 1/2 times higher").empty());
  CHECK(find("a 2/3 majority").empty());
}

TEST_CASE("Holidays resolve by rule", "[recognise][time]") {
  check_cases({
      {"sales on Thanksgiving 2014 rose", "Thanksgiving 2014", "2014-11-27"},
      {"he said last Christmas that", "last Christmas", "2012-12-25"},
      {"The church will be full on Easter Sunday.", "Easter Sunday", "2013-03-31"},
  });
}

TEST_CASE("Words that only look like dates are left alone", "[recognise][time]") {
  CHECK(find("Theresa May said the talks").empty());
  CHECK(find("protesters march on the capital").empty());
  CHECK(find("the 1,200 troops and 2.6 million").empty());
  CHECK(find("Pay ABC 2000").empty());
  CHECK(find("we are separated").empty());
  CHECK(find("He may have been in the area").empty());
}

// The calendar holds 1400-01-01..9999-12-31: an expression that resolves outside it is dropped,
// never an exception, and the searches that walk years stop at the edge.
TEST_CASE("Expressions outside the calendar are unresolvable", "[recognise][time][dates]") {
  struct Edge {
    const char* text;
    const char* reference;
  };
  for (const Edge& e :
       std::vector<Edge>{{"It happened in 1054.", "2025-01-01"},
                         {"It happened 3000 years ago.", "2025-01-01"},
                         {"It happened 99999999 days ago.", "2025-01-01"},
                         {"It happened yesterday.", "1400-01-01"},
                         {"It will happen next year.", "9999-06-01"},
                         {"It will happen tomorrow.", "9999-12-31"},
                         {"It rained last summer.", "1400-03-01"},
                         {"It will rain next winter.", "9999-12-31"},
                         {"It rained in the winter.", "1400-01-05"},
                         {"Last Christmas was quiet.", "1400-06-01"},
                         {"Next Easter falls late.", "9999-12-01"},
                         {"Prices fell last week.", "1400-01-02"},
                         {"Prices fell last decade.", "1405-01-01"},
                         {"Prices will rise next century.", "9950-01-01"},
                         {"Prices will rise next quarter.", "9999-11-01"},
                         {"He spoke last Monday.", "1400-01-01"},
                         {"He returns next Monday.", "9999-12-30"},
                         {"The first Monday of January was cold.", "1400-01-01"},
                         {"It ends in 5000000 years.", "2025-01-01"},
                         {"It began 9000000000000000000000 years ago.", "2025-01-01"},
                         {"since the 1390s", "2025-01-01"}}) {
    INFO(e.text << " published " << e.reference);
    std::vector<TimeExpression> found;
    REQUIRE_NOTHROW(found = find(e.text, e.reference, Direction::kTense));
    for (const TimeExpression& t : found) {
      INFO(t.text << " = " << t.value);
      if (!t.period) continue;
      CHECK(in_calendar(t.period->begin()));
      CHECK(in_calendar(t.period->last()));
    }
  }
  // Inside the range the same expressions still resolve.
  CHECK(find("It happened yesterday.", "1400-01-02").at(0).value == "1400-01-01");
  CHECK(find("It will happen next year.", "9998-06-01").at(0).value == "9999");
  CHECK(find("It rained last summer.", "1401-03-01").at(0).value == "1400-SU");
  for (const char* text : {"It happened in 1054.", "It happened 3000 years ago."})
    for (const TimeExpression& t : find(text, "2025-01-01")) CHECK_FALSE(t.period);
}
