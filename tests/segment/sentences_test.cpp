// Sentences: abbreviations and initials do not end sentences; blank lines do.
#include <catch2/catch.hpp>

#include "segment/sentences.h"

using namespace factlint;

namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (const Sentence& s : split_sentences(text))
    out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("News abbreviations do not end sentences", "[segment]") {
  auto s =
      split("Gen. Kenneth McKenzie spoke on Feb. 24, 2022. Mr. Biden left. The U.S. Senate voted.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Gen. Kenneth McKenzie spoke on Feb. 24, 2022.");
  CHECK(s[1] == "Mr. Biden left.");
  CHECK(s[2] == "The U.S. Senate voted.");
}

TEST_CASE("A dotted acronym ends a sentence before a sentence starter", "[segment]") {
  auto s = split("He flew to the U.S. The talks began.");
  REQUIRE(s.size() == 2);
  CHECK(s[1] == "The talks began.");
}

TEST_CASE("Initials and quotes", "[segment]") {
  auto s = split("George H.W. Bush met Gorbachev. \"It is over,\" he said. She agreed!");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "George H.W. Bush met Gorbachev.");
}

TEST_CASE("Blank lines separate headlines from text", "[segment]") {
  auto s = split("Xi, Putin discuss Ukraine\n\nFri, 08 August 2025\nThe leaders spoke.");
  REQUIRE(s.size() == 2);
  CHECK(s[0] == "Xi, Putin discuss Ukraine");
  CHECK(s[1] == "Fri, 08 August 2025\nThe leaders spoke.");
}
