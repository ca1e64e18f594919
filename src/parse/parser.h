// Parser: a greedy arc-hybrid dependency parser scored by an averaged perceptron.
//
//   std::vector<int> heads, labels;
//   parser.parse(words, tags, heads, labels);   // index 1..n; heads 0 = root
//   parser.label_names[labels[i]]               // "nsubj", "acl:relcl", ...
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parse/transition.h"
#include "parse/weights.h"

namespace factlint {

class Parser {
 public:
  // words: lowercase-form keys, tags: tagger classes; both indexed 1..n (index 0 unused).
  void parse(const std::vector<std::uint64_t>& words, const std::vector<int>& tags,
             std::vector<int>& heads, std::vector<int>& labels) const;

  int labels() const { return static_cast<int>(label_names.size()); }
  int root_label() const;

  // The best action allowed in `state` by `scores` (one per action). Arcs onto the root take
  // the root label and no other arc does.
  int best_allowed(const ParseState& state, const float* scores, int root) const;

  std::vector<std::string> label_names;
  WeightTable weights;
};

}  // namespace factlint
