// relationship: a place said to lie in a country or region ("near the city of Gaziantep, in
// northern Syria", "Balmoral, her estate in the north of England") and a place called a
// country's capital ("the Emirati capital, Dubai"); divisions of one country (England and
// Scotland) are disjoint, the country containing them is not. The shipped knowledge base and
// rules on real sentences, and a made-up knowledge base read from YAML for the division rule.
#include <catch2/catch.hpp>

#include "engine/checker.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/loader.h"
#include "pipeline.h"
#include "read/readers.h"

using namespace factlint;
using factlint::test::shipped_kb;

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;

FileReport check_with(std::shared_ptr<const KnowledgeBase> kb, const std::string& text,
                      const char* date) {
  Diagnostics diags;
  static auto rules =
      std::make_shared<const RuleSet>(load_rules({kRoot + "/rules/relationship.yaml"}, diags));
  REQUIRE_FALSE(diags.has_errors());
  Checker checker(std::move(kb), rules);
  std::string error;
  auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
  REQUIRE(doc);
  RunOptions run;
  run.date_override = FuzzyDate::parse(date)->first_day();
  return checker.check(std::move(*doc), run);
}

// The relationship claims of `text`: "verdict expected", in order.
std::vector<std::string> relationship_claims(std::shared_ptr<const KnowledgeBase> kb,
                                             const std::string& text, const char* date) {
  std::vector<std::string> out;
  for (const ClaimRecord& c : check_with(std::move(kb), text, date).claims)
    if (c.kind == "relationship")
      out.push_back(std::string(verdict_name(c.verdict)) + " " + c.expected);
  return out;
}

std::vector<std::string> shipped(const std::string& text, const char* date) {
  return relationship_claims(shipped_kb(), text, date);
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("relationship: a place put in the wrong country, however the sentence frames it",
          "[check][relationship]") {
  const char* d = "2023-02-07";
  CHECK(shipped("The quake struck near the city of Gaziantep, in northern Syria, at dawn.", d) ==
        V{"contradicted Turkey"});
  CHECK(shipped("Wagner took the headquarters in Rostov-on-Don, in eastern Ukraine, at dawn.", d) ==
        V{"contradicted Russia"});
  CHECK(shipped("Rescuers reached the Syrian city of Gaziantep overnight.", d) ==
        V{"contradicted Turkey"});
  CHECK(shipped("Kharkiv, Russia's second-largest city, came under fire.", d) ==
        V{"contradicted Ukraine"});
  CHECK(shipped("Gaziantep is located in northern Syria.", d) == V{"contradicted Turkey"});
  // The same frames, true.
  CHECK(shipped("The quake struck near the city of Gaziantep, in southern Turkey, at dawn.", d) ==
        V{"consistent "});
  CHECK(shipped("Rescuers reached the Turkish border city of Gaziantep overnight.", d) ==
        V{"consistent "});
  CHECK(shipped("Abe was shot in the western Japanese city of Nara.", d) == V{"consistent "});
}

TEST_CASE("relationship: the finding spans the place and the region it is put in",
          "[check][relationship]") {
  FileReport r = check_with(shipped_kb(),
                            "The Queen died at Balmoral, her estate in the north of England, on "
                            "Thursday.",
                            "2022-09-09");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].expected == "Scotland");
  CHECK(r.findings[0].excerpt.find("Balmoral") != std::string::npos);
  CHECK(r.findings[0].excerpt.find("England") != std::string::npos);
  CHECK(r.findings[0].message == "Balmoral Castle lies in Scotland, not England");
}

TEST_CASE("relationship: England and Scotland are disjoint parts of the United Kingdom",
          "[check][relationship]") {
  const char* d = "2022-09-09";
  CHECK(shipped("The rally was held in Glasgow, England, on Sunday.", d) ==
        V{"contradicted Scotland"});
  CHECK(shipped("The rally was held in Glasgow, Scotland, on Sunday.", d) == V{"consistent "});
  CHECK(shipped("The Queen died at Balmoral, her estate in Britain, on Thursday.", d) ==
        V{"consistent "});
  CHECK(shipped("Crowds gathered in London, in the south of England.", d) == V{"consistent "});
  CHECK(shipped("Crowds gathered in London, in the United Kingdom.", d) == V{"consistent "});
}

TEST_CASE("relationship: a capital named by demonym, possessive or appositive",
          "[check][relationship]") {
  const char* d = "2024-01-02";
  CHECK(shipped("Officials in the Emirati capital, Dubai, said so.", d) ==
        V{"contradicted Abu Dhabi"});
  CHECK(shipped("Dubai, capital of the United Arab Emirates, hosted it.", d) ==
        V{"contradicted Abu Dhabi"});
  CHECK(shipped("Officials in the Emirati capital, Abu Dhabi, said so.", d) == V{"consistent "});
  // A list after "capital", a possessive after the country: no capital is named.
  CHECK(shipped("Missiles hit the Ukrainian capital, Lviv and Kharkiv on Monday.", d).empty());
  CHECK(shipped("Fighting reached Dubai, the capital of the UAE's Dubai emirate.", d).empty());
}

TEST_CASE("relationship: what cannot contradict a located-in claim", "[check][relationship]") {
  const char* d = "2023-05-01";
  // A city as the whole may be a homonym (the state of Victoria, not the Seychelles' capital).
  CHECK(shipped("Fans gathered in Melbourne, in Victoria, on Friday.", d) == V{"unverifiable "});
  // A country after a fronted place may be the subject, alone or in a list.
  CHECK(
      shipped("In Brussels, Ukraine on Tuesday asked its allies for more air defence.", d).empty());
  CHECK(shipped("Delegates met in Geneva, Russia, China and Iran among them.", d).empty());
  // Negated, or a capital standing for its government.
  CHECK(shipped("The fighting is not in Kharkiv, in Russia, but across the border.", d) ==
        V{"unverifiable "});
  CHECK(shipped("The role of Moscow in Ukraine was debated.", d).empty());
}

TEST_CASE("relationship: divisions of one parent are disjoint, other regions may overlap",
          "[check][relationship][knowledge]") {
  Diagnostics diags;
  std::vector<Entity> entities = load_knowledge_text(R"(
- {id: ruritania, type: country, name: Ruritania, sources: [https://example.org/r]}
- {id: borduria, type: country, name: Borduria, sources: [https://example.org/b]}
- {id: north-march, type: place, name: North March, country: ruritania, division: true,
   sources: [https://example.org/n]}
- {id: south-march, type: place, name: South March, country: ruritania, division: true,
   sources: [https://example.org/s]}
- {id: high-moors, type: place, name: High Moors, country: ruritania,
   sources: [https://example.org/h]}
- {id: strelsau, type: place, name: Strelsau, country: ruritania, located_in: north-march,
   sources: [https://example.org/st]}
)",
                                                     "test.yaml", diags);
  REQUIRE_FALSE(diags.has_errors());
  auto kb = KnowledgeBase::from_entities(std::move(entities), diags);
  REQUIRE(kb);
  const char* d = "2020-01-01";
  CHECK(relationship_claims(kb, "They met in Strelsau, in South March, on Monday.", d) ==
        V{"contradicted North March"});
  CHECK(relationship_claims(kb, "They met in Strelsau, in North March, on Monday.", d) ==
        V{"consistent "});
  CHECK(relationship_claims(kb, "They met in Strelsau, in Ruritania, on Monday.", d) ==
        V{"consistent "});
  CHECK(relationship_claims(kb, "They met in Strelsau, in Borduria, on Monday.", d) ==
        V{"contradicted Ruritania"});
  // Not a division: the records do not say High Moors leaves Strelsau out.
  CHECK(relationship_claims(kb, "They met in Strelsau, in High Moors, on Monday.", d) ==
        V{"unverifiable "});
}

TEST_CASE("knowledge: 'division' is true or false", "[knowledge]") {
  Diagnostics diags;
  load_knowledge_text(R"(
- {id: x, type: place, name: X, division: maybe, sources: [https://example.org/x]}
)",
                      "bad.yaml", diags);
  CHECK(diags.has_errors());
}
