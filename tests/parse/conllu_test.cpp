// CoNLL-U: words read without multiword ranges, written back column for column, errors named.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "parse/conllu.h"

using namespace factlint;

TEST_CASE("multiword token ranges are not words", "[parse]") {
  std::string path = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/parse/tiny.conllu";
  std::ifstream in(path);
  ConlluResult r = read_conllu(in, path);
  REQUIRE(r.ok());
  REQUIRE(r.sentences.size() == 5);
  const ParsedSentence& s = r.sentences[1];
  REQUIRE(s.words.size() == 7);
  CHECK(s.words[3].form == "did");
  CHECK(s.words[4].form == "n't");
  CHECK(s.words[4].lemma == "not");
  CHECK(s.words[4].head == 6);
  CHECK(r.sentences[2].words[6].deprel == "acl:relcl");
}

TEST_CASE("written CoNLL-U reads back the same", "[parse]") {
  ParsedSentence s;
  s.words.push_back(Word{"Prices", 0, 6, "price", "NOUN", "NNS", 2, "nsubj"});
  s.words.push_back(Word{"rose", 7, 11, "rise", "VERB", "VBD", 0, "root"});
  std::ostringstream out;
  write_conllu(out, s);
  CHECK(out.str() ==
        "1\tPrices\tprice\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n2\trose\trise\tVERB\tVBD\t_\t0\troot\t_\t_"
        "\n\n");
  std::istringstream in(out.str());
  ConlluResult r = read_conllu(in, "x");
  REQUIRE(r.ok());
  REQUIRE(r.sentences.size() == 1);
  CHECK(r.sentences[0].words[1].lemma == "rise");
}

TEST_CASE("malformed CoNLL-U is named by file and line", "[parse]") {
  std::istringstream in("# c\n1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\n");
  ConlluResult r = read_conllu(in, "bad.conllu");
  CHECK(r.error == "bad.conllu:3: expected 10 tab-separated columns, found 3");
  std::istringstream gap("1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n");
  CHECK(read_conllu(gap, "gap.conllu").error == "gap.conllu:2: word ID 3 out of sequence");
}
