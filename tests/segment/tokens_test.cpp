// Tokens: possessives split off, dashes and apostrophes normalised, acronyms kept whole.
#include <catch2/catch.hpp>

#include "segment/tokens.h"

using namespace factlint;

TEST_CASE("Tokens for alias matching", "[segment]") {
  CHECK(token_keys("Russia's invasion") == std::vector<std::string>{"Russia", "'s", "invasion"});
  CHECK(token_keys("Russia’s invasion") == std::vector<std::string>{"Russia", "'s", "invasion"});
  CHECK(token_keys("Israel–Hamas war") == std::vector<std::string>{"Israel-Hamas", "war"});
  CHECK(token_keys("the U.S. Senate") == std::vector<std::string>{"the", "U.S.", "Senate"});
  CHECK(token_keys("Côte d'Ivoire") == std::vector<std::string>{"Côte", "d'Ivoire"});
  CHECK(token_keys("9/11 attacks") == std::vector<std::string>{"9", "/", "11", "attacks"});
  CHECK(token_keys("1,200 people") == std::vector<std::string>{"1,200", "people"});
  // Bullets, arrows and emoji glued to a word are not part of it; letters beyond ASCII are.
  CHECK(token_keys("\u25BAWest Virginia") ==
        std::vector<std::string>{"\u25BA", "West", "Virginia"});
  CHECK(token_keys("\u2022Kyiv") == std::vector<std::string>{"\u2022", "Kyiv"});
  CHECK(token_keys("\U0001F1FA\U0001F1F8Biden")[2] == "Biden");
  CHECK(token_keys("Zelenskyy \u0417\u0435\u043B") ==
        std::vector<std::string>{"Zelenskyy", "\u0417\u0435\u043B"});
}

TEST_CASE("Token spans are byte offsets", "[segment]") {
  std::string text = "Erdoğan's party";
  auto tokens = tokenize(text, 0, text.size());
  REQUIRE(tokens.size() == 3);
  CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Erdoğan");
  CHECK(tokens[1].kind == TokenKind::kPossessive);
}
