// Training: the tagger, lemmatiser and parser learned from a CoNLL-U treebank, seeded and
// reproducible. The parser learns from tags predicted by jackknifed taggers, so it sees tagging
// errors like those it will meet, and with a dynamic oracle that explores its own mistakes.
//
//   TrainOptions o;  o.log = &std::cerr;
//   Syntax model = train_syntax(train, dev, o);
#pragma once

#include <cstdint>
#include <functional>
#include <ostream>
#include <vector>

#include "parse/sentence.h"
#include "parse/syntax.h"

namespace factlint {

struct TrainOptions {
  int tagger_epochs = 5;
  int parser_epochs = 8;
  int folds = 2;              // jackknifing; 1 = parser trains on gold tags
  double explore = 0.9;       // probability of following a wrong prediction (after epoch 1)
  float tagger_prune = 0.5f;  // rows whose largest averaged weight is smaller are dropped
  float parser_prune = 0.5f;
  std::uint32_t seed = 12;
  std::ostream* log = nullptr;
  // Called with each model whose parser beats the best dev LAS so far (to save a checkpoint).
  std::function<void(const Syntax&)> on_improved;
};

Tagger train_tagger(const std::vector<ParsedSentence>& train,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options);

// tags[s][i]: the tagger class of word i of train[s] the parser learns from.
Parser train_parser(const std::vector<ParsedSentence>& train,
                    const std::vector<std::vector<int>>& tags, const Syntax& dev_model,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options);

Syntax train_syntax(const std::vector<ParsedSentence>& train,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options);

// The model's analysis of gold words (annotations replaced), sentence by sentence.
std::vector<ParsedSentence> reparse(const Syntax& model, const std::vector<ParsedSentence>& gold);

}  // namespace factlint
