// Wikidata import: real SPARQL JSON and JSON-dump lines, precision and qualifiers kept.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "knowledge/knowledge_base.h"
#include "knowledge/loader.h"
#include "knowledge/wikidata_import.h"

using namespace factlint;

namespace {

const std::string kDir = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/";

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const Entity* find(const WikidataImport& w, const std::string& qid) {
  for (const Entity& e : w.entities)
    if (e.wikidata == qid) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("SPARQL results: rows merge, precision and qualifiers kept", "[knowledge][import]") {
  Diagnostics diags;
  auto w = import_wikidata(slurp(kDir + "wikidata/sparql-putin-positions.json"), "s.json", nullptr, diags);
  REQUIRE_FALSE(diags.has_errors());
  const Entity* putin = find(w, "Q7747");
  REQUIRE(putin);
  CHECK(putin->id == "vladimir-putin");
  CHECK(putin->type == EntityType::kPerson);
  CHECK(putin->born->iso() == "1952-10-07");
  CHECK(putin->aliases == std::vector<std::string>{"Putin", "Vladimir Vladimirovich Putin"});
  REQUIRE(putin->positions.size() == 2);
  CHECK(putin->positions[0].ref == "president-of-russia");
  CHECK(putin->positions[0].end->iso() == "2008-05-07");
  CHECK_FALSE(putin->positions[1].end);
  // Year precision (9) stays a year: no invented 1 January.
  const Entity* kim = find(w, "Q57584");
  REQUIRE(kim);
  CHECK(kim->born->iso() == "1941");
}

TEST_CASE("Linked items map to existing knowledge-base ids", "[knowledge][import]") {
  Diagnostics diags;
  auto existing = load_knowledge_text(
      "- {id: kremlin-office, type: office, name: President of Russia, wikidata: Q218295, sources: [https://www.wikidata.org/wiki/Q218295]}\n",
      "k.yaml", diags);
  auto kb = KnowledgeBase::from_entities(existing, diags);
  auto w = import_wikidata(slurp(kDir + "wikidata/sparql-putin-positions.json"), "s.json", kb.get(), diags);
  CHECK(find(w, "Q7747")->positions[0].ref == "kremlin-office");
}

TEST_CASE("JSON dump lines: types, qualifiers, references, ranks", "[knowledge][import]") {
  Diagnostics diags;
  auto w = import_wikidata(slurp(kDir + "wikidata/dump-lines.json"), "d.json", nullptr, diags);
  REQUIRE_FALSE(diags.has_errors());
  const Entity* putin = find(w, "Q7747");
  REQUIRE(putin);
  REQUIRE(putin->positions.size() == 1);  // the deprecated statement is left out
  CHECK(putin->positions[0].start->iso() == "2012-05-07");
  CHECK(putin->positions[0].source == "http://en.kremlin.ru/");
  const Entity* mh17 = find(w, "Q17374096");
  REQUIRE(mh17);
  CHECK(mh17->type == EntityType::kEvent);
  CHECK(mh17->date->iso() == "2014-07-17");
  CHECK(mh17->deaths->min == 298);
  const Entity* kyiv = find(w, "Q1899");
  REQUIRE(kyiv);
  CHECK(kyiv->type == EntityType::kPlace);
  CHECK(kyiv->country == "q212");
}

TEST_CASE("Imported YAML loads back as a valid knowledge-base file", "[knowledge][import]") {
  Diagnostics diags;
  auto w = import_wikidata(slurp(kDir + "wikidata/dump-lines.json"), "d.json", nullptr, diags);
  std::string yaml = emit_knowledge_yaml(w.entities, FuzzyDate::parse("2025-07-01"));
  Diagnostics reload;
  auto entities = load_knowledge_text(yaml, "imported.yaml", reload);
  CHECK_FALSE(reload.has_errors());
  REQUIRE(entities.size() == 3);
  CHECK(entities[1].deaths->max == 298);
  CHECK(entities[0].as_of->iso() == "2025-07-01");
}
