// Evaluation: counting agreements.
#include "parse/evaluate.h"

#include <algorithm>
#include <string_view>

namespace factlint {

namespace {

std::string_view universal(std::string_view deprel) {
  return deprel.substr(0, deprel.find(':'));
}

}  // namespace

Scores score(const std::vector<ParsedSentence>& gold,
             const std::vector<ParsedSentence>& predicted) {
  Scores s;
  std::size_t n = std::min(gold.size(), predicted.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto& g = gold[i].words;
    const auto& p = predicted[i].words;
    s.words += g.size();
    if (g.size() != p.size()) continue;
    for (std::size_t j = 0; j < g.size(); ++j) {
      if (g[j].upos == p[j].upos) ++s.upos_ok;
      if (g[j].lemma == p[j].lemma) ++s.lemma_ok;
      if (g[j].head != p[j].head) continue;
      ++s.head_ok;
      if (universal(g[j].deprel) == universal(p[j].deprel)) ++s.labelled_ok;
    }
  }
  return s;
}

}  // namespace factlint
