// Features: tagger and parser templates give one key per template, depend on what they should
// and on nothing else.
#include <catch2/catch.hpp>

#include <set>

#include "parse/parser_features.h"
#include "parse/tagger.h"
#include "parse/word_keys.h"

using namespace factlint;

TEST_CASE("word keys: case, shape and affixes", "[parse]") {
  CHECK(lowercase("NATO's") == "nato's");
  CHECK(word_shape("Ankara") == "Xxx");
  CHECK(word_shape("1,000.5") == "d,dd.d");
  CHECK(word_shape("U.S.") == "X.X.");
  WordKeys a = word_keys("Studies"), b = word_keys("studies");
  CHECK(a.form != b.form);
  CHECK(a.lower == b.lower);
  CHECK(a.suffix[2] == b.suffix[2]);
  CHECK(a.shape != b.shape);
}

TEST_CASE("tagger features: distinct keys that follow the context", "[parse]") {
  std::vector<WordKeys> words = {word_keys("The"), word_keys("bank"), word_keys("rose")};
  std::uint64_t f1[Tagger::kFeatures], f2[Tagger::kFeatures], f3[Tagger::kFeatures];
  Tagger::features(words, 1, 3, Tagger::kNone, f1);
  Tagger::features(words, 1, 3, Tagger::kNone, f2);
  CHECK(std::equal(f1, f1 + Tagger::kFeatures, f2));
  CHECK(std::set<std::uint64_t>(f1, f1 + Tagger::kFeatures).size() == Tagger::kFeatures);
  Tagger::features(words, 1, 4, Tagger::kNone, f3);  // another previous tag
  std::size_t changed = 0;
  for (std::size_t i = 0; i < Tagger::kFeatures; ++i) changed += f1[i] != f3[i];
  CHECK(changed == 4);  // the four templates that read the previous tag
  for (std::uint64_t k : f1) CHECK(k != 0);
}

TEST_CASE("parser features: one key per template, sensitive to the state", "[parse]") {
  std::vector<std::uint64_t> words = {0, word_keys("prices").lower, word_keys("rose").lower,
                                      word_keys("sharply").lower};
  std::vector<int> tags = {0, 5, 9, 11};
  ParseState state(3);
  std::uint64_t before[kParserFeatures], after[kParserFeatures], again[kParserFeatures];
  parser_features(state, words.data(), tags.data(), before);
  CHECK(std::set<std::uint64_t>(before, before + kParserFeatures).size() == kParserFeatures);
  state.apply(0, 4);  // shift "prices"
  parser_features(state, words.data(), tags.data(), after);
  parser_features(state, words.data(), tags.data(), again);
  CHECK(std::equal(after, after + kParserFeatures, again));
  std::size_t changed = 0;
  for (std::size_t i = 0; i < kParserFeatures; ++i) changed += before[i] != after[i];
  CHECK(changed > kParserFeatures / 2);
  // A left arc changes the children templates of b0 ("rose" gains "prices" as its left child).
  state.apply(encode(Move::kLeft, 2, 4), 4);
  std::uint64_t arc[kParserFeatures];
  parser_features(state, words.data(), tags.data(), arc);
  CHECK(!std::equal(arc, arc + kParserFeatures, after));
}
