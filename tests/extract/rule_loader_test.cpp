// Rule loading: errors name file and line; the shipped rules load and carry examples.
#include <catch2/catch.hpp>

#include "extract/rule.h"

using namespace factlint;

namespace {

const std::string kFixtures = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/bad/";

Diagnostic first_error(const std::string& file) {
  Diagnostics diags;
  load_rules({kFixtures + file}, diags);
  REQUIRE(diags.has_errors());
  return diags.first_error();
}

}  // namespace

TEST_CASE("A broken regex is an error at its line", "[extract]") {
  Diagnostic d = first_error("broken-regex.yaml");
  CHECK(d.where.line == 5);
  CHECK(d.message.find("bad pattern") != std::string::npos);
}

TEST_CASE("An unknown slot is an error naming the known ones", "[extract]") {
  Diagnostic d = first_error("unknown-slot.yaml");
  CHECK(d.where.line == 5);
  CHECK(d.message.find("unknown slot {evnt}") != std::string::npos);
  CHECK(d.message.find("event") != std::string::npos);
}

TEST_CASE("An unknown check option is an error", "[extract]") {
  Diagnostic d = first_error("unknown-check.yaml");
  CHECK(d.where.line == 6);
  CHECK(d.message.find("unknown fact 'beginning'") != std::string::npos);
}

TEST_CASE("The shipped rules load, each with examples", "[extract]") {
  Diagnostics diags;
  RuleSet rules = load_rules({std::string(FACTLINT_SOURCE_DIR) + "/rules"}, diags);
  REQUIRE_FALSE(diags.has_errors());
  REQUIRE(rules.find("event-start-date"));
  for (const Rule& r : rules.rules) {
    INFO(r.id);
    CHECK_FALSE(r.examples.empty());
    CHECK(r.check != nullptr);
  }
}

TEST_CASE("A malformed dependency path is an error at its line, saying how to write one",
          "[extract]") {
  Diagnostic d = first_error("bad-syntax-path.yaml");
  CHECK(d.where.line == 7);
  CHECK(d.message.find("bad step '>nmod[in]|obl[in]'") != std::string::npos);
  CHECK(d.message.find("alternatives joined by |") != std::string::npos);
}

TEST_CASE("A syntactic pattern must fill the slots its check needs", "[extract]") {
  Diagnostic d = first_error("syntax-without-date.yaml");
  CHECK(d.where.line == 5);
  CHECK(d.message.find("needs a 'date' slot") != std::string::npos);
}

TEST_CASE("An unknown key in a syntactic pattern's veto is an error", "[extract]") {
  Diagnostic d = first_error("syntax-unknown-key.yaml");
  CHECK(d.where.line == 9);
  CHECK(d.message.find("unknown key 'lemmas'") != std::string::npos);
}

TEST_CASE("The shipped rules include syntactic patterns", "[extract]") {
  Diagnostics diags;
  RuleSet rules = load_rules({std::string(FACTLINT_SOURCE_DIR) + "/rules"}, diags);
  REQUIRE_FALSE(diags.has_errors());
  const Rule* r = rules.find("event-dated-in-passing");
  REQUIRE(r);
  // Surface patterns where the parse goes astray (rules/event-date.yaml says which).
  CHECK(r->patterns.size() == 4);
  REQUIRE(r->syntax_patterns.size() == 2);
  const SyntaxPattern& p = r->syntax_patterns[0];
  CHECK(p.trigger_type == "event");
  REQUIRE(p.arguments.size() == 1);
  CHECK(p.arguments[0].name == "date");
  CHECK(p.arguments[0].paths.size() == 4);
  CHECK(p.arguments[0].time_types == std::vector<std::string>{"DATE"});
  REQUIRE(p.vetoes.size() == 1);
  CHECK_FALSE(p.vetoes[0].word.lemmas.empty());
}

TEST_CASE("A time type other than TimeML's is an error", "[extract]") {
  Diagnostic d = first_error("syntax-time-type.yaml");
  CHECK(d.where.line == 7);
  CHECK(d.message.find("unknown time type 'YEAR'") != std::string::npos);
}
