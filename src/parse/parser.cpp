// Parser: greedy decoding.
#include "parse/parser.h"

#include <algorithm>

#include "parse/parser_features.h"

namespace factlint {

int Parser::root_label() const {
  auto it = std::find(label_names.begin(), label_names.end(), "root");
  return it == label_names.end() ? 0 : static_cast<int>(it - label_names.begin());
}

int Parser::best_allowed(const ParseState& state, const float* scores, int root) const {
  int n_labels = labels();
  int best = -1;
  float top = 0;
  auto consider = [&](int action) {
    if (best < 0 || scores[action] > top) best = action, top = scores[action];
  };
  if (state.can(Move::kShift)) consider(0);
  if (state.can(Move::kLeft))
    for (int l = 0; l < n_labels; ++l)
      if (l != root) consider(encode(Move::kLeft, l, n_labels));
  if (state.can(Move::kRight)) {
    if (state.s(1) == 0) {
      consider(encode(Move::kRight, root, n_labels));
    } else {
      for (int l = 0; l < n_labels; ++l)
        if (l != root) consider(encode(Move::kRight, l, n_labels));
    }
  }
  return best;
}

void Parser::parse(const std::vector<std::uint64_t>& words, const std::vector<int>& tags,
                   std::vector<int>& heads, std::vector<int>& labels_out) const {
  int n = static_cast<int>(words.size()) - 1;
  ParseState state(n);
  int root = root_label();
  std::vector<float> scores(static_cast<std::size_t>(1 + 2 * labels()));
  std::uint64_t keys[kParserFeatures];
  while (!state.terminal()) {
    parser_features(state, words.data(), tags.data(), keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights.add_scores(keys, kParserFeatures, scores.data());
    state.apply(best_allowed(state, scores.data(), root), labels());
  }
  heads.assign(static_cast<std::size_t>(n + 1), 0);
  labels_out.assign(static_cast<std::size_t>(n + 1), root);
  for (int i = 1; i <= n; ++i) {
    heads[i] = state.head(i);
    labels_out[i] = state.label(i);
  }
}

}  // namespace factlint
