// Evaluation: UPOS, UAS and LAS of predicted sentences against gold ones word for word, as the
// CoNLL 2018 shared task scores with gold tokenisation (punctuation counts; LAS compares the
// universal relation, the part of DEPREL before ':').
//
//   Scores s = score(gold, predicted);   // s.upos(), s.uas(), s.las() in percent
#pragma once

#include <cstddef>
#include <vector>

#include "parse/sentence.h"

namespace factlint {

struct Scores {
  std::size_t words = 0, upos_ok = 0, head_ok = 0, labelled_ok = 0, lemma_ok = 0;
  double upos() const { return words ? 100.0 * upos_ok / words : 0; }
  double uas() const { return words ? 100.0 * head_ok / words : 0; }
  double las() const { return words ? 100.0 * labelled_ok / words : 0; }
  double lemma() const { return words ? 100.0 * lemma_ok / words : 0; }
};

// Sentences must pair up with the same number of words; extra sentences are ignored.
Scores score(const std::vector<ParsedSentence>& gold, const std::vector<ParsedSentence>& predicted);

}  // namespace factlint
