// UD tokenizer: treebank-style words with offsets into the original text.
#include <catch2/catch.hpp>

#include "parse/ud_tokenizer.h"

using namespace factlint;

namespace {

std::vector<std::string> forms(std::string_view text) {
  std::vector<std::string> out;
  for (const UdToken& t : ud_tokenize(text)) out.push_back(t.form);
  return out;
}

}  // namespace

TEST_CASE("clitics split as in the treebank", "[parse]") {
  CHECK(forms("Russia's army") == std::vector<std::string>{"Russia", "'s", "army"});
  CHECK(forms("They don't know.") == std::vector<std::string>{"They", "do", "n't", "know", "."});
  CHECK(forms("We can't go") == std::vector<std::string>{"We", "ca", "n't", "go"});
  CHECK(forms("the players' union") == std::vector<std::string>{"the", "players", "'", "union"});
  CHECK(forms("I\u2019m here") == std::vector<std::string>{"I", "\u2019m", "here"});
}

TEST_CASE("abbreviations and initials keep their period", "[parse]") {
  CHECK(forms("U.S. officials met Mr. Smith.") ==
        std::vector<std::string>{"U.S.", "officials", "met", "Mr.", "Smith", "."});
  CHECK(forms("It ended at 5 p.m.") == std::vector<std::string>{"It", "ended", "at", "5", "p.m."});
}

TEST_CASE("punctuation, currency, percentages and hyphens split", "[parse]") {
  CHECK(forms("(He said: \"$5, or 21%.\")") == std::vector<std::string>{"(", "He", "said", ":",
                                                                        "\"", "$", "5", ",", "or",
                                                                        "21", "%", ".", "\"", ")"});
  CHECK(forms("a long-term e-mail plan") ==
        std::vector<std::string>{"a", "long", "-", "term", "e-mail", "plan"});
  CHECK(forms("1,000.5 and/or") == std::vector<std::string>{"1,000.5", "and/or"});
  CHECK(forms("see https://example.org/a.") ==
        std::vector<std::string>{"see", "https://example.org/a", "."});
}

TEST_CASE("offsets point into the original text", "[parse]") {
  std::string text = "  Russia's \u201cwar\u201d.";
  std::vector<UdToken> tokens = ud_tokenize(text, 100);
  REQUIRE(tokens.size() == 6);
  for (const UdToken& t : tokens) CHECK(text.substr(t.begin - 100, t.end - t.begin) == t.form);
  CHECK(tokens[0].begin == 102);
}

TEST_CASE("binary bytes and empty text never crash", "[parse]") {
  CHECK(forms("").empty());
  CHECK(forms(" \t\n").empty());
  std::string junk;
  for (int i = 0; i < 256; ++i) junk += static_cast<char>(i);
  for (const UdToken& t : ud_tokenize(junk)) CHECK(!t.form.empty());
}
