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
