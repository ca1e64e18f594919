// office_title on the shipped knowledge base: the tense of the sentence decides whether a
// former holder's title is the one of the time told.
#include "pipeline.h"

using namespace factlint;
using namespace factlint::test;

TEST_CASE("Past narration keeps a former holder's title; the present does not",
          "[check][office_title]") {
  CHECK(
      check_text("The bill was signed by President Barack Obama.", "2022-06-22").findings.empty());
  CHECK(check_text("Democrats, among them President Barack Obama, have called it a gimmick.",
                   "2022-06-22")
            .findings.empty());
  CHECK(check_text("President Barack Obama is visiting Kenya.", "2022-06-22").findings.size() == 1);
  // A reporting verb is today's news: the title is today's.
  CHECK(check_text("President Barack Obama said the plan would fail.", "2022-06-22")
            .findings.size() == 1);
  // A title the person did not hold at a time the sentence gives stays wrong in any tense.
  CHECK(check_text("In 2010, the bill was signed by Prime Minister Barack Obama.", "2022-06-22")
            .findings.size() == 1);
}

TEST_CASE("A given name or surname inside someone else's full name is not a second reference",
          "[check][office_title]") {
  const std::string intro = "Prime Minister Keir Starmer met union leaders on Monday. ";
  // Back-references by surname still carry the title claim.
  CHECK(check_text(intro + "Foreign Secretary Starmer said the talks went well.", "2025-03-01")
            .findings.size() == 1);
  // Another Keir, another Starmer: people the records do not know, so nothing to check.
  CHECK(check_text(intro + "Foreign Secretary Keir Mather said the talks went well.", "2025-03-01")
            .findings.empty());
  CHECK(
      check_text(intro + "Foreign Secretary Tilly Starmer said the talks went well.", "2025-03-01")
          .findings.empty());
}
