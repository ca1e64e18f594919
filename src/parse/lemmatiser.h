// Lemmatiser: rules learned from a treebank. A (form, XPOS) -> lemma table for words seen in
// training, then suffix rules per XPOS ("-ies" -> "-y" for NNS) learned from the same words,
// then a fallback (proper nouns and numbers keep their form; the rest is lowercased).
//
//   Lemmatiser lem = Lemmatiser::learn(train_sentences);
//   lem.lemma("studies", "NNS") == "study"
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parse/sentence.h"

namespace factlint {

class Lemmatiser {
 public:
  static Lemmatiser learn(const std::vector<ParsedSentence>& sentences);

  std::string lemma(std::string_view form, std::string_view xpos) const;

  std::size_t size() const { return known_.size() + suffixes_.size(); }
  void save(std::string& out) const;
  std::string load(const std::string& data, std::size_t& pos);  // error message or ""

 private:
  // "form\txpos" -> lemma, for exact and lowercased forms.
  std::unordered_map<std::string, std::string> known_;
  // "xpos\tsuffix" -> rule "C<strip><append>": C is 'K' (keep case) or 'L' (lowercase first).
  std::unordered_map<std::string, std::string> suffixes_;
};

}  // namespace factlint
