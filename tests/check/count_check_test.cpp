// count: what a number counts (the whole toll, everyone aboard, a group of the dead), events a
// sentence describes without naming, and the `deaths_among` schema; the shipped knowledge base
// and rules on real sentences, through the whole pipeline.
#include <catch2/catch.hpp>

#include "pipeline.h"

using namespace factlint;
using namespace factlint::test;

namespace {

// The verdicts of the count claims in `text`, in order: "consistent", "contradicted", ...
std::vector<std::string> count_verdicts(const std::string& text, const char* date,
                                        FileReport* report = nullptr) {
  FileReport r = check_text(text, date);
  std::vector<std::string> out;
  for (const ClaimRecord& c : r.claims)
    if (c.kind == "count") out.push_back(verdict_name(c.verdict));
  if (report) *report = std::move(r);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("count: a group of the dead is compared with the group's count, not the toll",
          "[check][count]") {
  FileReport r;
  CHECK(count_verdicts("The 2021 Kabul airport attack killed 15 U.S. service members.",
                       "2021-09-01", &r) == V{"contradicted"});
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].expected == "13 service members");
  CHECK(r.findings[0].evidence.at(0).fact == "deaths_among 13 service members");
  CHECK(r.findings[0].evidence.at(0).kb.file.find("knowledge/events/") != std::string::npos);

  CHECK(count_verdicts("The 2021 Kabul airport attack killed 13 American troops.", "2021-09-01") ==
        V{"consistent"});
  // A group the records do not count is never compared with the whole toll.
  CHECK(count_verdicts("The 2021 Kabul airport attack killed 170 Afghans.", "2021-09-01") ==
        V{"unverifiable"});
  CHECK(count_verdicts("MH17 was shot down in 2014. All 283 passengers were killed.",
                       "2019-07-17") == V{"consistent"});
  CHECK(count_verdicts("MH17 was shot down in 2014. All 283 passengers and crew were killed.",
                       "2019-07-17") == V{"contradicted"});
  // "passengers" also reads as everyone aboard a crash.
  CHECK(count_verdicts("MH17 was shot down in 2014. All 298 passengers were killed.",
                       "2019-07-17") == V{"consistent"});
  CHECK(count_verdicts("MH17 was shot down in 2014. All 299 passengers were killed.",
                       "2019-07-17") == V{"contradicted"});
  // Everyone aboard is the whole toll of a crash only when no one on the ground died.
  CHECK(count_verdicts("The crash of Air India Flight 171 killed 241 people on board.",
                       "2025-09-12") == V{"consistent"});
  // More of a group than all the dead is wrong whatever the group.
  CHECK(count_verdicts("The Christchurch mosque shootings killed 60 children.", "2020-03-15") ==
        V{"contradicted"});
}

TEST_CASE("count: tolls of a part of the event's places are not its toll", "[check][count]") {
  CHECK(count_verdicts("The Christchurch mosque shootings killed 44 people at Al Noor Mosque.",
                       "2020-03-15") == V{"unverifiable"});
  CHECK(count_verdicts("The Christchurch mosque shootings killed 50 people in Wellington.",
                       "2020-03-15") == V{"unverifiable"});
  CHECK(count_verdicts("The Christchurch mosque shootings killed 50 people in New Zealand.",
                       "2020-03-15") == V{"contradicted"});
  CHECK(count_verdicts("MH17 was shot down. Three of the 15 crew members were killed at first.",
                       "2019-07-17") == V{"unverifiable"});
}

TEST_CASE("count: an event described, not named, needs where or whom it struck", "[check][count]") {
  // An anniversary and the country.
  CHECK(count_verdicts("New Zealand on Sunday marked a year since a gunman killed 49 people.",
                       "2020-03-15") == V{"contradicted"});
  // A day and a kind alone fit events the records miss.
  CHECK(count_verdicts("On March 15, 2019, a gunman killed 2 people.", "2019-03-20") ==
        V{"unverifiable"});
  // A kind and a person the event struck, named before.
  CHECK(count_verdicts("Donald Trump spoke. He survived an assassination attempt in July, when "
                       "two spectators were killed.",
                       "2024-09-01") == V{"contradicted"});
  CHECK(count_verdicts("Donald Trump spoke. He survived an assassination attempt in July, when "
                       "two people were killed.",
                       "2024-09-01") == V{"consistent"});
  // Another kind of event in the count's clause, or the event named across a semicolon.
  CHECK(count_verdicts("Donald Trump spoke. He survived an assassination attempt in July, and "
                       "weeks later 3 people were killed in a crash.",
                       "2024-09-01") == V{"unverifiable"});
  CHECK(count_verdicts("The Christchurch mosque shootings led to a gun ban; 2 people were shot "
                       "dead by police.",
                       "2020-03-15") == V{"unverifiable"});
  // A kind and a place: the event of the news, or of the time the sentence gives; another
  // shooting in the same city years later is another event. (Above the final toll of 51: a
  // lower count days after the event is the count of the day.)
  const std::string shooting = "A gunman killed 60 people at two mosques in Christchurch";
  CHECK(count_verdicts(shooting + ".", "2019-03-20") == V{"contradicted"});
  CHECK(count_verdicts(shooting + " in 2019.", "2024-03-20") == V{"contradicted"});
  CHECK(count_verdicts(shooting + ".", "2024-03-20") == V{"unverifiable"});
  CHECK(count_verdicts(shooting + " in 2023.", "2024-03-20") == V{"unverifiable"});
}

TEST_CASE("deaths_among: read, and checked against the toll and the country ids",
          "[knowledge][count]") {
  Diagnostics diags;
  std::vector<Entity> entities = load_knowledge_text(
      "- id: x-attack\n"
      "  type: event\n"
      "  name: X attack\n"
      "  date: 2020-01-01\n"
      "  deaths: 10\n"
      "  deaths_among:\n"
      "    - {group: [soldiers, troops], country: ruritania, count: {min: 3, max: 4}}\n"
      "    - {group: [children], count: 12}\n"
      "  sources: [https://e.org]\n",
      "x.yaml", diags);
  REQUIRE(entities.size() == 1);
  REQUIRE(entities[0].deaths_among.size() == 2);
  CHECK(entities[0].deaths_among[0].nouns == std::vector<std::string>{"soldiers", "troops"});
  CHECK(entities[0].deaths_among[0].count.max == 4);
  CHECK(entities[0].deaths_among[0].where.line == 7);
  REQUIRE(diags.has_errors());
  CHECK(diags.first_error().where.line == 8);
  CHECK(diags.first_error().message.find("counts more dead than 'deaths'") != std::string::npos);

  Diagnostics refs;
  auto kb = KnowledgeBase::from_entities(entities, refs);
  validate_knowledge_base(*kb, refs);
  CHECK(refs.has_errors());
  CHECK(refs.first_error().message.find("unknown id 'ruritania'") != std::string::npos);
}
