// Transitions: the static oracle rebuilds every projective gold tree of the fixture exactly, and
// the dynamic oracle's zero-cost moves reach it from anywhere they are followed.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <random>

#include "parse/conllu.h"
#include "parse/transition.h"

using namespace factlint;

namespace {

std::vector<ParsedSentence> fixture() {
  std::string path = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/parse/tiny.conllu";
  std::ifstream in(path);
  ConlluResult r = read_conllu(in, path);
  REQUIRE(r.ok());
  return r.sentences;
}

struct Labelled {
  GoldTree gold;
  int labels = 0;
};

Labelled gold_of(const ParsedSentence& s, std::map<std::string, int>& ids) {
  Labelled l;
  l.gold.heads.assign(s.words.size() + 1, 0);
  l.gold.labels.assign(s.words.size() + 1, 0);
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    l.gold.heads[i + 1] = s.words[i].head;
    auto it = ids.emplace(s.words[i].deprel, static_cast<int>(ids.size())).first;
    l.gold.labels[i + 1] = it->second;
  }
  l.labels = 64;
  return l;
}

}  // namespace

TEST_CASE("the static oracle rebuilds every projective gold tree", "[parse]") {
  std::map<std::string, int> ids;
  std::vector<ParsedSentence> sentences = fixture();
  REQUIRE(sentences.size() == 5);
  for (const ParsedSentence& s : sentences) {
    Labelled g = gold_of(s, ids);
    ParseState state(static_cast<int>(s.words.size()));
    int steps = 0;
    while (!state.terminal()) {
      int action = state.static_oracle(g.gold, g.labels);
      CHECK(state.cost(action, g.labels, g.gold) == 0);
      state.apply(action, g.labels);
      REQUIRE(++steps <= 2 * static_cast<int>(s.words.size()));
    }
    for (int i = 1; i <= state.words(); ++i) {
      CHECK(state.head(i) == g.gold.heads[i]);
      CHECK(state.label(i) == g.gold.labels[i]);
    }
  }
}

TEST_CASE("the dynamic oracle: zero-cost moves reach the gold tree, wrong ones cost", "[parse]") {
  std::map<std::string, int> ids;
  std::mt19937 rng(7);
  for (const ParsedSentence& s : fixture()) {
    Labelled g = gold_of(s, ids);
    for (int trial = 0; trial < 20; ++trial) {
      ParseState state(static_cast<int>(s.words.size()));
      while (!state.terminal()) {
        std::vector<int> free;
        for (int a = 0; a < 1 + 2 * g.labels; ++a)
          if (state.can(move_of(a, g.labels)) && state.cost(a, g.labels, g.gold) == 0)
            free.push_back(a);
        REQUIRE(!free.empty());
        state.apply(free[rng() % free.size()], g.labels);
      }
      for (int i = 1; i <= state.words(); ++i) CHECK(state.head(i) == g.gold.heads[i]);
    }
  }
  // Wrong moves have a price: after shifting "The", shifting "minister" loses The's head, and
  // a left arc onto "minister" is free with the gold label but costs one with another.
  std::vector<ParsedSentence> sentences = fixture();
  Labelled g = gold_of(sentences[0], ids);
  ParseState state(static_cast<int>(sentences[0].words.size()));
  state.apply(0, g.labels);  // shift "The"
  int det = g.gold.labels[1], nsubj = g.gold.labels[2];
  CHECK(state.cost(0, g.labels, g.gold) == 1);
  CHECK(state.cost(encode(Move::kLeft, det, g.labels), g.labels, g.gold) == 0);
  CHECK(state.cost(encode(Move::kLeft, nsubj, g.labels), g.labels, g.gold) == 1);
  CHECK_FALSE(state.can(Move::kRight));
}

TEST_CASE("moves respect the single root", "[parse]") {
  ParseState state(2);
  CHECK_FALSE(state.can(Move::kRight));  // only the root on the stack
  state.apply(0, 4);
  CHECK_FALSE(state.can(Move::kRight));  // the buffer is not empty yet
  CHECK(state.can(Move::kLeft));
  state.apply(0, 4);
  CHECK(state.can(Move::kRight));
  CHECK_FALSE(state.can(Move::kShift));
}
