// The shipped model (models/): it loads, analyses news copy sensibly, and bad input gets a flat
// analysis or nothing, never a crash. Its checksum is checked by ctest (parse.model_checksum).
#include <catch2/catch.hpp>

#include "parse/syntax.h"

using namespace factlint;

namespace {

std::shared_ptr<const Syntax> shipped() {
  static std::shared_ptr<const Syntax> model = [] {
    std::optional<std::string> path = Syntax::default_path();
    REQUIRE(path);
    std::string error;
    std::shared_ptr<const Syntax> m = Syntax::load(*path, error);
    INFO(error);
    REQUIRE(m);
    return m;
  }();
  return model;
}

void check_tree(const ParsedSentence& s) {
  int roots = 0;
  for (const Word& w : s.words) {
    CHECK(w.head >= 0);
    CHECK(w.head <= static_cast<int>(s.words.size()));
    CHECK(!w.upos.empty());
    CHECK(!w.deprel.empty());
    roots += w.head == 0;
  }
  CHECK(roots == (s.words.empty() ? 0 : 1));
}

}  // namespace

TEST_CASE("the shipped model names its treebank and licence", "[parse]") {
  CHECK(shipped()->provenance.find("CC BY-SA 4.0") != std::string::npos);
  CHECK(shipped()->provenance.find("English Web Treebank") != std::string::npos);
}

TEST_CASE("the shipped model parses a news sentence", "[parse]") {
  std::string text = "Finland joined NATO in April after Turkey's parliament ratified it.";
  ParsedSentence s = shipped()->parse_text(text, 10);
  REQUIRE(s.words.size() == 12);
  check_tree(s);
  CHECK(s.words[0].form == "Finland");
  CHECK(s.words[0].begin == 10);
  CHECK(s.words[0].deprel == "nsubj");
  CHECK(s.words[0].head == 2);
  CHECK(s.words[1].lemma == "join");
  CHECK(s.words[1].head == 0);
  CHECK(s.words[2].deprel == "obj");
  CHECK(s.words[7].form == "'s");
  CHECK(s.words[9].lemma == "ratify");
}

TEST_CASE("bad input: empty, huge, binary", "[parse]") {
  CHECK(shipped()->parse_text("").words.empty());
  CHECK(shipped()->parse_text(" \n\t ").words.empty());

  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += i % 2 ? "and " : "cats ";
  ParsedSentence h = shipped()->parse_text(huge);
  REQUIRE(h.words.size() == 10000);
  check_tree(h);

  std::string junk;
  for (int i = 0; i < 3000; ++i) junk += static_cast<char>((i * 131) % 256);
  ParsedSentence j = shipped()->parse_text(junk);
  CHECK(!j.words.empty());
  check_tree(j);
}
