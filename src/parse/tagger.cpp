// Tagger: feature templates and greedy decoding.
#include "parse/tagger.h"

#include <algorithm>

#include "parse/feature_hash.h"

namespace factlint {

void Tagger::features(const std::vector<WordKeys>& words, std::size_t i, int prev1, int prev2,
                      std::uint64_t* out) {
  static const WordKeys kPad = word_keys("<pad>");
  auto at = [&](long j) -> const WordKeys& {
    return j < 0 || j >= static_cast<long>(words.size()) ? kPad : words[static_cast<size_t>(j)];
  };
  long n = static_cast<long>(i);
  const WordKeys& w = words[i];
  const WordKeys& p1 = at(n - 1);
  const WordKeys& p2 = at(n - 2);
  const WordKeys& n1 = at(n + 1);
  const WordKeys& n2 = at(n + 2);
  std::uint64_t t1 = static_cast<std::uint64_t>(prev1 + 2),
                t2 = static_cast<std::uint64_t>(prev2 + 2);
  std::size_t k = 0;
  out[k++] = feature_key(1, 0);
  out[k++] = feature_key(2, w.form);
  out[k++] = feature_key(3, w.lower);
  out[k++] = feature_key(4, w.shape);
  for (int j = 0; j < 3; ++j) out[k++] = feature_key(5 + j, w.prefix[j]);
  for (int j = 0; j < 4; ++j) out[k++] = feature_key(8 + j, w.suffix[j]);
  out[k++] = feature_key(12, p1.lower);
  out[k++] = feature_key(13, p2.lower);
  out[k++] = feature_key(14, n1.lower);
  out[k++] = feature_key(15, n2.lower);
  out[k++] = feature_key(16, p1.suffix[2]);
  out[k++] = feature_key(17, n1.suffix[2]);
  out[k++] = feature_key(18, p1.shape);
  out[k++] = feature_key(19, n1.shape);
  out[k++] = feature_key(20, t1);
  out[k++] = feature_key(21, t1, t2);
  out[k++] = feature_key(22, t1, w.lower);
  out[k++] = feature_key(23, p1.lower, w.lower);
  out[k++] = feature_key(24, w.lower, n1.lower);
  out[k++] = feature_key(25, i == 0, w.shape);
  out[k++] = feature_key(26, t1, n1.lower);
  out[k++] = feature_key(27, w.suffix[2], n1.suffix[1]);
  out[k++] = feature_key(28, t2);
  out[k++] = feature_key(29, w.form, n1.shape);
}

std::vector<int> Tagger::tag(const std::vector<WordKeys>& words) const {
  std::vector<int> tags(words.size(), 0);
  std::vector<float> scores(static_cast<std::size_t>(classes()));
  std::uint64_t keys[kFeatures];
  int prev1 = kNone, prev2 = kNone;
  for (std::size_t i = 0; i < words.size(); ++i) {
    features(words, i, prev1, prev2, keys);
    std::fill(scores.begin(), scores.end(), 0.0f);
    weights.add_scores(keys, kFeatures, scores.data());
    int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
  return tags;
}

}  // namespace factlint
