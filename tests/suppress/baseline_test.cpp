// Fingerprints: what changes them and what does not.
#include <catch2/catch.hpp>

#include "suppress/baseline.h"

using namespace factlint;

TEST_CASE("Fingerprints ignore case, markup and spacing, not the claim", "[suppress]") {
  CHECK(normalise_sentence("The  *Gulf* War\nended in 1992.") == "the gulf war ended in 1992");
  Finding f;
  f.rule = "event-end-date";
  f.subject = "gulf-war";
  f.found = "1992";
  f.sentence = "The Gulf War ended in 1992";
  f.where.line = 3;
  std::string base = fingerprint(f);
  f.where.line = 30;
  f.sentence = "the gulf  war ended in 1992.";
  CHECK(fingerprint(f) == base);
  f.found = "1993";
  CHECK(fingerprint(f) != base);
  f.found = "1992";
  f.rule = "event-start-date";
  CHECK(fingerprint(f) != base);
}
