// weekday, count, membership, duration, relationship, internal, described events: the shipped
// knowledge base and rules on real sentences, through the whole pipeline.
#include <catch2/catch.hpp>

#include "pipeline.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace factlint;
using namespace factlint::test;

namespace {

const std::string& kRoot = source_root();

std::vector<const Finding*> of_kind(const FileReport& r, const std::string& kind) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.kind == kind) out.push_back(&f);
  return out;
}

const ClaimRecord* claim_of(const FileReport& r, const std::string& kind) {
  for (const ClaimRecord& c : r.claims)
    if (c.kind == kind) return &c;
  return nullptr;
}

bool cites(const Finding& f, const std::string& file_part) {
  return std::any_of(f.evidence.begin(), f.evidence.end(), [&](const Evidence& e) {
    return e.kb.file.find(file_part) != std::string::npos && e.kb.line > 0 && !e.source.empty();
  });
}

}  // namespace

TEST_CASE("weekday: a weekday that does not match its date is flagged", "[check][weekday]") {
  FileReport r =
      check_text("The jet was shot down on Friday, July 17, 2014, over Ukraine.", "2019-07-17");
  auto found = of_kind(r, "weekday");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->excerpt.find("Friday") != std::string::npos);
  CHECK(found[0]->expected == "Thursday");
  CHECK(found[0]->message.find("2014-07-17") != std::string::npos);
}

TEST_CASE("weekday: a matching weekday, and a far-off inferred year, are not flagged",
          "[check][weekday]") {
  CHECK(of_kind(check_text("The jet was shot down on Thursday, July 17, 2014.", "2019-07-17"),
                "weekday")
            .empty());
  // June 4 is a Wednesday in 2025: near publication the inferred year is trusted.
  CHECK(of_kind(check_text("Lee was sworn in on Thursday, June 4, after the vote.", "2025-06-05"),
                "weekday")
            .size() == 1);
  // Eight months away from publication the writer may mean another year.
  auto far = check_text("Lee was sworn in on Thursday, June 4, after the vote.", "2025-02-05");
  CHECK(of_kind(far, "weekday").empty());
  REQUIRE(claim_of(far, "weekday"));
  CHECK(claim_of(far, "weekday")->verdict == Verdict::kUnverifiable);
}

TEST_CASE("weekday: a run of year-less misses means other years, except within a week",
          "[check][weekday]") {
  // Both dates fit 2019, not the 2022 of publication: a look back, not two slips.
  FileReport back = check_text(
      "Protesters marched on Sunday, June 16, and again on Sunday, July 21.", "2022-06-29");
  CHECK(of_kind(back, "weekday").empty());
  int withdrawn = 0;
  for (const ClaimRecord& c : back.claims)
    if (c.kind == "weekday" && c.verdict == Verdict::kUnverifiable &&
        c.note.find("other years") != std::string::npos)
      ++withdrawn;
  CHECK(withdrawn == 2);
  // One miss is a slip.
  CHECK(of_kind(check_text("Protesters marched on Sunday, July 21.", "2022-06-29"), "weekday")
            .size() == 1);
  // Within a week of publication a month and day can only mean that year's.
  CHECK(of_kind(check_text("The trial resumed on Wednesday, April 18, and the jury met on "
                           "Thursday, April 19.",
                           "2024-04-19"),
                "weekday")
            .size() == 2);
}

TEST_CASE("weekday: a miss near publication that fits the year the article's other dates fit",
          "[check][weekday]") {
  // A 2022 gallery of the 2019 protests: August 18 and 31 fall on their weekdays in 2019, not
  // 2022, and so does July 1, two days after publication.
  const std::string gallery =
      "Protesters marched on Sunday, August 18. Police fired tear gas on Saturday, August 31. ";
  FileReport r = check_text(gallery + "Crowds gathered on Monday, July 1.", "2022-06-29");
  CHECK(of_kind(r, "weekday").empty());
  bool withdrawn = false;
  for (const ClaimRecord& c : r.claims)
    withdrawn = withdrawn || (c.kind == "weekday" && c.verdict == Verdict::kUnverifiable &&
                              c.note == "the article's year-less dates are of 2019");
  CHECK(withdrawn);
  // Alone, or beside one other date of that year, it is a slip.
  CHECK(of_kind(check_text("Crowds gathered on Monday, July 1.", "2022-06-29"), "weekday").size() ==
        1);
  CHECK(of_kind(check_text("Protesters marched on Sunday, August 18. Crowds gathered on Monday, "
                           "July 1.",
                           "2022-06-29"),
                "weekday")
            .size() == 1);
}

TEST_CASE("duration: a year-less anniversary in a gallery of another year is that year's",
          "[check][duration]") {
  // 2020's July 1 was a Wednesday and the handover's 23rd anniversary; the page is dated 2022.
  const std::string gallery =
      "Police detained a man on Wednesday, July 1. Crowds gathered on Wednesday, July 1, too. ";
  const std::string anniversary = "July 1 is the 23rd anniversary of Hong Kong's handover.";
  FileReport r = check_text(gallery + anniversary, "2022-05-07");
  CHECK(of_kind(r, "duration").empty());
  REQUIRE(claim_of(r, "duration"));
  CHECK(claim_of(r, "duration")->note == "the article's year-less dates are of 2020");
  // Without the gallery the year is the page's, and the 23rd is a slip.
  CHECK(of_kind(check_text(anniversary, "2022-05-07"), "duration").size() == 1);
}

TEST_CASE("event_date: a described event dated after the records' as_of may be a later one",
          "[check][event_date]") {
  const char* kWar =
      "US forces hit targets in Iran. Since the war began on %s, U.S. forces have struck more "
      "than 5,500 targets inside Iran.";
  auto text = [&](const char* date) {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, kWar, date);
    return std::string(buffer);
  };
  // Within the records' time the war described is the Twelve-Day War of June 2025.
  CHECK(of_kind(check_text(text("June 10"), "2025-08-01"), "event_date").size() == 1);
  // In 2026 copy, "the war" that "began on Feb. 28" is none the 2025 records can hold.
  FileReport later = check_text(text("Feb. 28"), "2026-03-11");
  CHECK(of_kind(later, "event_date").empty());
  REQUIRE(claim_of(later, "event_date"));
  CHECK(claim_of(later, "event_date")->note.find("as_of") != std::string::npos);
}

TEST_CASE("office_title: a country's name counts as a whole word in a title",
          "[check][office_title]") {
  // "US" is not in "Housing Secretary": the bare title is the US office's only, and Rayner's
  // offices are British, so it may be a British office the records lack.
  CHECK(of_kind(check_text("Housing Secretary Angela Rayner spoke.", "2025-03-01"), "office_title")
            .empty());
  CHECK(of_kind(check_text("Housing Secretary Pete Buttigieg spoke.", "2024-03-07"), "office_title")
            .size() == 1);
}

TEST_CASE("count: within a month of the event a lower toll is the count of the day",
          "[check][count]") {
  auto killed = [](int n) {
    return "Relatives of the victims of Malaysia Airlines Flight MH17 gathered on Wednesday. All " +
           std::to_string(n) + " passengers and crew were killed.";
  };
  // The day after, the count may still rise: no finding, the claim unverifiable.
  FileReport day_after = check_text(killed(250), "2014-07-18");
  CHECK(of_kind(day_after, "count").empty());
  REQUIRE(claim_of(day_after, "count"));
  CHECK(claim_of(day_after, "count")->note.find("still rising") != std::string::npos);
  // Months later the toll is settled; and no day makes a toll above the final one right.
  CHECK(of_kind(check_text(killed(250), "2014-12-18"), "count").size() == 1);
  CHECK(of_kind(check_text(killed(350), "2014-07-18"), "count").size() == 1);
}

TEST_CASE("count: a death toll is compared with the event's, qualifier included",
          "[check][count]") {
  FileReport r = check_text(
      "Relatives of the victims of Malaysia Airlines Flight MH17 gathered on Wednesday. "
      "All 283 passengers and crew were killed.",
      "2019-07-17");
  auto found = of_kind(r, "count");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->excerpt == "283");
  CHECK(found[0]->expected == "298");
  CHECK(cites(*found[0], "knowledge/events/"));

  CHECK(of_kind(check_text("Americans marked the September 11 attacks. More than 4,000 people "
                           "were killed on Tuesday, September 11, 2001.",
                           "2021-09-11"),
                "count")
            .size() == 1);
  CHECK(of_kind(check_text("Americans marked the September 11 attacks. Nearly 3,000 people were "
                           "killed on Tuesday, September 11, 2001.",
                           "2021-09-11"),
                "count")
            .empty());
}

TEST_CASE("count: partial counts are not the event's toll", "[check][count]") {
  FileReport r = check_text(
      "Families gathered after the crash of Air India Flight 171. Of the 242 people on board, "
      "only one survived. Officials initially put the toll at 241.",
      "2025-09-12");
  CHECK(of_kind(r, "count").empty());
}

TEST_CASE("membership: a member before accession, counts and negations", "[check][membership]") {
  const char* finland = "Finland, a NATO member with a long border with Russia, pledged aid.";
  auto before = check_text(finland, "2023-02-24");
  auto found = of_kind(before, "membership");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message.find("2023-04-04") != std::string::npos);
  CHECK(cites(*found[0], "knowledge/organizations/nato.yaml"));
  CHECK(of_kind(check_text(finland, "2023-06-01"), "membership").empty());

  auto negated =
      check_text("Finland, which is not a member of NATO, hosted the summit.", "2018-07-17");
  CHECK(of_kind(negated, "membership").empty());
  REQUIRE(claim_of(negated, "membership"));
  CHECK(claim_of(negated, "membership")->verdict == Verdict::kConsistent);
  CHECK(of_kind(check_text("Finland, which is not a member of NATO, hosted talks.", "2024-07-17"),
                "membership")
            .size() == 1);

  CHECK(
      of_kind(check_text("Leaders of NATO's 32 members met.", "2024-07-06"), "membership").empty());
  CHECK(
      of_kind(check_text("Leaders of NATO's 31 members met.", "2024-07-06"), "membership").size() ==
      1);
  CHECK(of_kind(check_text("Finland became NATO's 30th member on Tuesday.", "2023-04-05"),
                "membership")
            .size() == 1);
}

TEST_CASE("duration: the ordinal year of a war and a tenure", "[check][duration]") {
  const char* lead = "Russia's full-scale invasion of Ukraine shocked Europe. ";
  auto third = check_text(std::string(lead) + "The war, now entering its third year, goes on.",
                          "2023-02-24");
  REQUIRE(of_kind(third, "duration").size() == 1);
  CHECK(cites(*of_kind(third, "duration")[0], "knowledge/events/"));
  CHECK(of_kind(check_text(std::string(lead) + "The war, now entering its second year, goes on.",
                           "2023-02-24"),
                "duration")
            .empty());
  CHECK(of_kind(check_text("Ultimate authority rests with Supreme Leader Ali Khamenei, who has "
                           "held the post for more than four decades.",
                           "2023-09-16"),
                "duration")
            .size() == 1);
  // A tenure the records do not model is never contradicted.
  CHECK(of_kind(check_text("Friedrich Merz has led the Christian Democratic Union since 2022.",
                           "2025-05-07"),
                "duration")
            .empty());
}

TEST_CASE("relationship: capitals and locations on the relation graph", "[check][relationship]") {
  auto wrong = check_text("Officials in Minsk, the capital of Ukraine, welcomed it.", "2025-08-08");
  auto found = of_kind(wrong, "relationship");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->expected == "Kyiv");
  CHECK(cites(*found[0], "knowledge/countries/"));
  CHECK(of_kind(check_text("They met in Helsinki, the Finnish capital, on Monday.", "2018-07-17"),
                "relationship")
            .empty());
  CHECK(of_kind(check_text("The talks were held in Helsinki, Sweden, on Monday.", "2018-07-17"),
                "relationship")
            .size() == 1);
}

TEST_CASE("relation graph: located-in is transitive and capitals are dated", "[knowledge]") {
  std::vector<Entity> entities(4);
  entities[0].id = "ruritania";
  entities[0].type = EntityType::kCountry;
  entities[0].capitals = {
      Term{"old-town", FuzzyDate::parse("1900"), FuzzyDate::parse("1990"), false, "", "", {}},
      Term{"strelsau", FuzzyDate::parse("1990"), std::nullopt, false, "", "", {}}};
  entities[1].id = "north-province";
  entities[1].type = EntityType::kPlace;
  entities[1].country = "ruritania";
  entities[2].id = "strelsau";
  entities[2].type = EntityType::kPlace;
  entities[2].located_in = "north-province";
  entities[3].id = "old-town";
  entities[3].type = EntityType::kPlace;
  entities[3].country = "ruritania";
  for (Entity& e : entities) e.name = e.id;
  Diagnostics diags;
  auto kb = KnowledgeBase::from_entities(entities, diags);
  const RelationGraph& g = kb->relations();
  auto steps = g.path(2, 0, Relation::kLocatedIn);
  REQUIRE(steps);
  CHECK(steps->size() == 2);
  CHECK(g.path(2, 0, Relation::kCapitalOf, Period(Day(2000, 1, 1), Day(2000, 1, 2))));
  CHECK_FALSE(g.path(2, 0, Relation::kCapitalOf, Period(Day(1950, 1, 1), Day(1950, 1, 2))));
  CHECK(g.path(3, 0, Relation::kCapitalOf, Period(Day(1950, 1, 1), Day(1950, 1, 2))));
  CHECK_FALSE(g.path(0, 2, Relation::kLocatedIn));
}

TEST_CASE("internal: one article giving a person two ages is flagged once", "[check][internal]") {
  // A person without a birth date: the records cannot settle either age, only the article's own
  // earlier statement can contradict the later one.
  std::string extra = "/tmp/factlint-internal-test.yaml";
  std::ofstream(extra) << "- id: jane-roe-test\n  type: person\n  name: Jane Roe\n"
                          "  aliases: [Roe]\n  sources: [https://example.org/jane-roe]\n";
  auto kb = test::load_knowledge_cached({kRoot + "/knowledge", extra});
  std::remove(extra.c_str());
  Checker checker(kb, test::shipped_rules());
  auto check = [&](const std::string& text) {
    std::string error;
    auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
    RunOptions run;
    run.date_override = Day(2024, 3, 8);
    return checker.check(std::move(*doc), run);
  };
  FileReport r = check("Jane Roe, 58, spoke in Washington. Later Roe, 61, said it was historic.");
  auto found = of_kind(r, "internal");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->excerpt == "61");
  CHECK(found[0]->expected == "58");
  REQUIRE(found[0]->evidence.size() == 1);
  CHECK(found[0]->evidence[0].kb.line == 1);
  CHECK(of_kind(check("Jane Roe, 58, spoke in Washington. Later Roe, 58, said it was historic."),
                "internal")
            .empty());
}

TEST_CASE("internal: tolls of one country's people in one article are not one fact",
          "[check][internal]") {
  // Two incidents, each toll unverifiable: the nationality names the victims, not the event.
  FileReport r = check_text(
      "Three Palestinians were killed in a raid in Jenin on Monday. In Gaza, 56 Palestinians "
      "were killed in strikes overnight.",
      "2023-10-17");
  CHECK(of_kind(r, "internal").empty());
}

TEST_CASE("claim time: a date in a relative clause apart from the claim does not date it",
          "[check][membership]") {
  // "in January last year" dates Britain's leaving; the EU's 27 members are counted now.
  const char* text =
      "Britain, which left the European Union in January last year, became the first Western "
      "country to begin vaccinating in December, and the EU's %s member states are racing to "
      "catch up.";
  char buffer[400];
  std::snprintf(buffer, sizeof buffer, text, "27");
  FileReport ok = check_text(buffer, "2021-03-11");
  CHECK(of_kind(ok, "membership").empty());
  const ClaimRecord* count = claim_of(ok, "membership");
  REQUIRE(count);
  // Shown by `claims`: neither January 2020 (the relative clause) nor December 2020 (the clause
  // before ", and").
  CHECK(count->judged_at == "2021-03-11, the publication date");
  std::snprintf(buffer, sizeof buffer, text, "28");
  CHECK(of_kind(check_text(buffer, "2021-03-11"), "membership").size() == 1);
}

TEST_CASE("claim time: a date opening the sentence dates every clause after it",
          "[check][office_title]") {
  FileReport r = check_text(
      "In March 2020, schools closed across Britain, and Prime Minister Boris Johnson ordered "
      "people to stay at home.",
      "2025-01-01");
  const ClaimRecord* title = claim_of(r, "office_title");
  REQUIRE(title);
  CHECK(title->judged_at == "2020-03");
  CHECK(r.findings.empty());
}

TEST_CASE("membership: the time a country joined, read from the parse", "[check][membership]") {
  // "in April only last year" is April 2023, not this year's April.
  FileReport ok = check_text(
      "Finland became a full member of the NATO military alliance in April only last year.",
      "2024-04-13");
  CHECK(of_kind(ok, "membership").empty());
  FileReport slip = check_text(
      "Finland became a full member of the NATO military alliance in June only last year.",
      "2024-04-13");
  auto found = of_kind(slip, "membership");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->excerpt == "June only last year");
  const ClaimRecord* joined = claim_of(slip, "membership");
  REQUIRE(joined);
  CHECK(joined->path.find("became >nsubj Finland") == 0);  // shown by `claims`
  CHECK(cites(*found[0], "organizations"));
}

TEST_CASE("duration: the time since an event, in a present-tense clause, read from the parse",
          "[check][duration]") {
  FileReport slip = check_text(
      "Nearly three years after Russia's invasion of Ukraine began, there remain differing "
      "views among the candidates.",
      "2023-12-06");
  auto found = of_kind(slip, "duration");
  REQUIRE(found.size() == 1);
  CHECK(found[0]->rule == "duration-after-event-syntax");
  // Past narration dates its own moment.
  CHECK(of_kind(check_text("Three years after Russia's invasion of Ukraine began, talks "
                           "collapsed in Istanbul.",
                           "2023-12-06"),
                "duration")
            .empty());
}

TEST_CASE("membership: words a more specific pattern read whole are one claim",
          "[check][membership]") {
  // "Britain, an EU member until Friday" is membership-until's; membership-member would read
  // its first words as a present claim and flag the day after Brexit.
  FileReport r = check_text("Britain, an EU member until Friday, will have no say.", "2020-02-01");
  std::size_t membership = 0;
  for (const ClaimRecord& c : r.claims) membership += c.kind == "membership";
  CHECK(membership == 1);
  CHECK(r.findings.empty());
}
