// event_date: periods, several candidates, negation.
#include <catch2/catch.hpp>

#include "engine/checker.h"
#include "knowledge/knowledge_base.h"
#include "read/readers.h"

using namespace factlint;

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;

FileReport check_text(const std::string& text, const char* date = "2025-08-08") {
  Diagnostics diags;
  static auto kb = KnowledgeBase::load({{kRoot + "/tests/fixtures/kb"}}, diags);
  static auto rules = std::make_shared<const RuleSet>(load_rules({kRoot + "/rules"}, diags));
  REQUIRE_FALSE(diags.has_errors());
  Checker checker(kb, rules);
  std::string error;
  auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
  RunOptions run;
  run.date_override = FuzzyDate::parse(date)->first_day();
  return checker.check(std::move(*doc), run);
}

}  // namespace

TEST_CASE("A start outside every candidate's period is contradicted", "[check]") {
  FileReport r =
      check_text("Trump wants to end the Ukraine war started by Russia in February 2024.");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.excerpt == "February 2024");
  CHECK(f.found == "2024-02");
  CHECK(f.expected == "2022-02-24 or 2014-02-20");
  REQUIRE(f.evidence.size() == 2);
  CHECK(f.evidence[0].entity == "russian-invasion-of-ukraine");
  CHECK(f.evidence[0].source == "https://www.wikidata.org/wiki/Q110999040");
  CHECK(f.message.find("2022-02-24") != std::string::npos);
  CHECK(f.message.find("2014-02-20") != std::string::npos);
}

TEST_CASE("Any agreeing candidate makes the claim consistent", "[check]") {
  for (const char* text : {"the Ukraine war started by Russia in February 2022.",
                           "the Ukraine war started by Russia in 2014.",
                           "the Ukraine war started by Russia on 20 February 2014."}) {
    FileReport r = check_text(text);
    INFO(text);
    CHECK(r.findings.empty());
    REQUIRE(r.claims.size() == 1);
    CHECK(r.claims[0].verdict == Verdict::kConsistent);
  }
}

TEST_CASE("Month precision is compared as a period, not a day", "[check]") {
  // February 2014 contains 2014-02-20; March 2014 does not.
  CHECK(check_text("The Russo-Ukrainian War began in February 2014.").findings.empty());
  CHECK(check_text("The Russo-Ukrainian War began in March 2014.").findings.size() == 1);
}

TEST_CASE("A negated claim is never contradicted", "[check]") {
  FileReport r = check_text("The Ukraine war was not started by Russia in 2024, officials said.");
  CHECK(r.findings.empty());
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].negated);
  CHECK(r.claims[0].verdict == Verdict::kUnverifiable);
}

TEST_CASE("A claim inside a quotation is reported as info", "[check]") {
  FileReport r =
      check_text("\"The Ukraine war started by Russia in 2019 was a mistake,\" he said.");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].severity == Severity::kInfo);
}

// event-dated-in-passing: a syntactic rule (rules/event-date.yaml), the parse included.
TEST_CASE("A date on an event's own noun is judged against the event's whole period",
          "[check][syntax]") {
  FileReport r = check_text("The general made his name in the 1994 Gulf War.", "2012-12-28");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "event-dated-in-passing");
  CHECK(r.findings[0].excerpt == "1994");
  CHECK(r.findings[0].expected == "1990-08-02..1991-02-28");
  REQUIRE(r.findings[0].evidence.size() == 2);
  CHECK(r.findings[0].evidence[0].fact == "start 1990-08-02");
  CHECK(r.findings[0].evidence[1].fact == "end 1991-02-28");
  REQUIRE(r.claims.size() == 1);
  // The surface pattern reads a year right before the name; the parse agrees, adding nothing.
  CHECK(r.claims[0].path.empty());
  FileReport dated_noun = check_text("The Gulf War in 1994 made him famous.", "2012-12-28");
  REQUIRE(dated_noun.claims.size() == 1);
  CHECK(dated_noun.claims[0].path == "War >nmod 1994");
  CHECK(dated_noun.claims[0].verdict == Verdict::kContradicted);

  for (const char* text : {"The general made his name in the 1991 Gulf War.",
                           "The general made his name in the 1990 Gulf War."}) {
    FileReport ok = check_text(text, "2012-12-28");
    INFO(text);
    CHECK(ok.findings.empty());
    REQUIRE(ok.claims.size() == 1);
    CHECK(ok.claims[0].verdict == Verdict::kConsistent);
  }
}

TEST_CASE("A date in passing far from the records may name another event of that name",
          "[check][syntax]") {
  // "the 2003 Gulf War" is what some call the Iraq war: not a slip in the 1991 one.
  FileReport r = check_text("The general made his name in the 2003 Gulf War.", "2012-12-28");
  CHECK(r.findings.empty());
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].verdict == Verdict::kUnverifiable);
  CHECK(r.claims[0].note.find("another event of that name") != std::string::npos);
}

TEST_CASE("A date in passing within an open end is unverifiable, never consistent",
          "[check][syntax]") {
  // The invasion has a start and no end: 2024 is not contradicted, and nothing confirms it.
  FileReport r =
      check_text("Kyiv has held out through the 2024 invasion of Ukraine.", "2025-08-08");
  CHECK(r.findings.empty());
  REQUIRE(r.claims.size() == 1);
  CHECK(r.claims[0].verdict == Verdict::kUnverifiable);
  CHECK(r.claims[0].note.find("open end") != std::string::npos);
  CHECK(check_text("Kyiv has held out through the 2021 invasion of Ukraine.", "2025-08-08")
            .findings.size() == 1);
}
