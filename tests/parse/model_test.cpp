// Model: a tiny training run on the fixture, saved and loaded back with the same analyses;
// corrupt files refused with a clear message; the perceptron learns what it is shown.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "parse/conllu.h"
#include "parse/evaluate.h"
#include "parse/training.h"

using namespace factlint;

namespace {

std::vector<ParsedSentence> fixture() {
  std::string path = std::string(FACTLINT_SOURCE_DIR) + "/tests/fixtures/parse/tiny.conllu";
  std::ifstream in(path);
  ConlluResult r = read_conllu(in, path);
  REQUIRE(r.ok());
  return r.sentences;
}

std::string temp_file() {
  char name[] = "/tmp/factlint-parse-model-XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  close(fd);
  return name;
}

}  // namespace

TEST_CASE("the averaged perceptron separates what it is shown", "[parse]") {
  PerceptronTrainer t(3);
  std::uint64_t a[] = {11, 12}, b[] = {21, 22}, c[] = {31, 12};
  for (int epoch = 0; epoch < 5; ++epoch)
    for (auto [keys, gold] : {std::pair{a, 0}, std::pair{b, 1}, std::pair{c, 2}}) {
      float scores[3] = {0, 0, 0};
      t.score(keys, 2, scores);
      int guess = static_cast<int>(std::max_element(scores, scores + 3) - scores);
      t.update(keys, 2, gold, guess);
      t.tick();
    }
  WeightTable table = t.finish(0.0f);
  for (auto [keys, gold] : {std::pair{a, 0}, std::pair{b, 1}, std::pair{c, 2}}) {
    float scores[3] = {0, 0, 0};
    table.add_scores(keys, 2, scores);
    CHECK(std::max_element(scores, scores + 3) - scores == gold);
  }
  std::string bytes;
  table.save(bytes);
  WeightTable back;
  std::size_t pos = 0;
  REQUIRE(back.load(bytes, pos).empty());
  CHECK(pos == bytes.size());
  float x[3] = {0, 0, 0}, y[3] = {0, 0, 0};
  table.add_scores(a, 2, x);
  back.add_scores(a, 2, y);
  CHECK(std::equal(x, x + 3, y));
}

TEST_CASE("a model trained on the fixture round-trips through its file", "[parse]") {
  std::vector<ParsedSentence> train = fixture();
  TrainOptions o;
  o.tagger_epochs = 10;
  o.parser_epochs = 10;
  o.folds = 1;
  o.parser_prune = 0.0f;
  o.tagger_prune = 0.0f;
  Syntax model = train_syntax(train, train, o);
  model.provenance = "fixture";
  std::vector<ParsedSentence> before = reparse(model, train);
  Scores s = score(train, before);
  CHECK(s.upos() > 90.0);  // it learned its own training data
  CHECK(s.uas() > 80.0);

  std::string path = temp_file();
  std::string error;
  REQUIRE(model.save(path, error));
  std::shared_ptr<const Syntax> loaded = Syntax::load(path, error);
  REQUIRE(loaded);
  CHECK(loaded->provenance == "fixture");
  std::vector<ParsedSentence> after = reparse(*loaded, train);
  for (std::size_t i = 0; i < train.size(); ++i)
    for (std::size_t j = 0; j < train[i].words.size(); ++j) {
      CHECK(after[i].words[j].xpos == before[i].words[j].xpos);
      CHECK(after[i].words[j].lemma == before[i].words[j].lemma);
      CHECK(after[i].words[j].head == before[i].words[j].head);
      CHECK(after[i].words[j].deprel == before[i].words[j].deprel);
    }

  // Truncated and foreign files are refused, with the path in the message.
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<long>(bytes.size() / 2));
  CHECK_FALSE(Syntax::load(path, error));
  CHECK(error.find(path + ": corrupt parse model") == 0);
  std::ofstream(path, std::ios::binary) << "not a model";
  CHECK_FALSE(Syntax::load(path, error));
  CHECK(error == path + ": not a factlint parse model (bad magic)");
  std::remove(path.c_str());
  CHECK_FALSE(Syntax::load(path, error));
  CHECK(error == path + ": cannot open the parse model");
}

TEST_CASE("the lemmatiser learns the table and suffix rules", "[parse]") {
  Lemmatiser lem = Lemmatiser::learn(fixture());
  CHECK(lem.lemma("studies", "NNS") == "study");
  CHECK(lem.lemma("Studies", "NNS") == "study");
  CHECK(lem.lemma("were", "VBD") == "be");
  CHECK(lem.lemma("Paris", "NNP") == "Paris");
  CHECK(lem.lemma("Oslo", "NNP") == "Oslo");     // unseen proper noun: kept
  CHECK(lem.lemma("Houses", "NN") == "houses");  // unseen, no rule: lowercased
}

TEST_CASE("lemma rules never cut a UTF-8 character in two", "[parse]") {
  ParsedSentence s;
  s.words.push_back(Word{"caf\u00e9s", 0, 0, "caf\u00e9", "", "NNS", 0, ""});
  s.words.push_back(Word{"na\u00efve", 0, 0, "naive", "", "JJ", 0, ""});
  s.words.push_back(Word{"na\u00efve", 0, 0, "naive", "", "JJ", 0, ""});
  Lemmatiser lem = Lemmatiser::learn({s});
  CHECK(lem.lemma("caf\u00e9s", "NNS") == "caf\u00e9");
  CHECK(lem.lemma("r\u00e9sum\u00e9s", "NNS") == "r\u00e9sum\u00e9s");  // no rule learned twice
  std::string odd = lem.lemma("\u00efve", "JJ");  // the rule from "naïve" must not split "ï"
  CHECK(odd.find('\xc3') == std::string::npos);
  CHECK(odd.find('\xaf') == std::string::npos);
}

TEST_CASE("training is reproducible: the same data and seed give the same file", "[parse]") {
  std::vector<ParsedSentence> train = fixture();
  TrainOptions o;
  o.tagger_epochs = 3;
  o.parser_epochs = 3;
  o.folds = 2;
  std::string bytes[2];
  for (std::string& b : bytes) {
    Syntax model = train_syntax(train, train, o);
    std::string path = temp_file(), error;
    REQUIRE(model.save(path, error));
    std::ifstream in(path, std::ios::binary);
    b.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    std::remove(path.c_str());
  }
  CHECK(!bytes[0].empty());
  CHECK(bytes[0] == bytes[1]);
}
