// Tagger: a greedy averaged-perceptron tagger that predicts UPOS and XPOS jointly (one class
// per pair seen in training), left to right, from the words around and the tags already given.
//
//   std::vector<int> tags = tagger.tag(keys);        // class ids
//   tagger.upos(tags[0]); tagger.xpos(tags[0]);
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parse/weights.h"
#include "parse/word_keys.h"

namespace factlint {

class Tagger {
 public:
  static constexpr std::size_t kFeatures = 29;
  static constexpr int kNone = -1;  // a tag before the first word

  // Features of word i given the two tags before it (kNone at the start).
  static void features(const std::vector<WordKeys>& words, std::size_t i, int prev1, int prev2,
                       std::uint64_t* out);

  std::vector<int> tag(const std::vector<WordKeys>& words) const;

  int classes() const { return static_cast<int>(upos_names.size()); }
  const std::string& upos(int tag) const { return upos_names[tag]; }
  const std::string& xpos(int tag) const { return xpos_names[tag]; }

  // Class names: "UPOS\tXPOS" pairs; weights over them.
  std::vector<std::string> upos_names, xpos_names;
  WeightTable weights;
};

}  // namespace factlint
