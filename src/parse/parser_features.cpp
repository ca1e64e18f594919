// Parser features: the templates.
#include "parse/parser_features.h"

#include <algorithm>

#include "parse/feature_hash.h"

namespace factlint {

void parser_features(const ParseState& s, const std::uint64_t* words, const int* tags,
                     std::uint64_t* out) {
  constexpr std::uint64_t kNoWord = 0x5bd1e995ULL, kRootWord = 0x1b873593ULL;
  auto W = [&](int i) -> std::uint64_t { return i < 0 ? kNoWord : i == 0 ? kRootWord : words[i]; };
  auto P = [&](int i) -> std::uint64_t {
    return i < 0 ? 1 : i == 0 ? 2 : static_cast<std::uint64_t>(tags[i]) + 3;
  };
  auto L = [&](int i) -> std::uint64_t {
    return i < 0 || s.label(i) < 0 ? 0 : static_cast<std::uint64_t>(s.label(i)) + 1;
  };
  int s0 = s.s(0), s1 = s.s(1), s2 = s.s(2), b0 = s.b(0), b1 = s.b(1), b2 = s.b(2);
  int s0l = s.left(s0, 0), s0l2 = s.left(s0, 1), s0r = s.right(s0, 0), s0r2 = s.right(s0, 1);
  int s1l = s.left(s1, 0), s1r = s.right(s1, 0), s1r2 = s.right(s1, 1);
  int b0l = s.left(b0, 0), b0l2 = s.left(b0, 1);
  std::uint64_t s0w = W(s0), s0p = P(s0), s1w = W(s1), s1p = P(s1), b0w = W(b0), b0p = P(b0);
  std::uint64_t b1w = W(b1), b1p = P(b1), s2p = P(s2);
  // Distances, capped: s0..b0 and s1..s0.
  auto dist = [](int a, int b) -> std::uint64_t {
    if (a < 0 || b < 0) return 0;
    return static_cast<std::uint64_t>(std::min(b - a, 6) + 1);
  };
  std::uint64_t d = dist(s0, b0), d1 = dist(s1, s0);
  auto V = [](int v) { return static_cast<std::uint64_t>(std::min(v, 4)); };
  std::size_t k = 0;
  auto f = [&](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    out[k++] = feature_key(t, a, b, c);
  };
  // Unigrams.
  f(1, s0w);
  f(2, s0p);
  f(3, s0w, s0p);
  f(4, s1w);
  f(5, s1p);
  f(6, s1w, s1p);
  f(7, b0w);
  f(8, b0p);
  f(9, b0w, b0p);
  f(10, b1w);
  f(11, b1p);
  f(12, b1w, b1p);
  f(13, W(b2));
  f(14, P(b2));
  f(15, s2p);
  f(16, W(s2));
  // Pairs.
  f(17, s0w, s0p, b0w * 31 + b0p);
  f(18, s0w, s0p, b0w);
  f(19, s0w, b0w, b0p);
  f(20, s0w, s0p, b0p);
  f(21, s0p, b0w, b0p);
  f(22, s0w, b0w);
  f(23, s0p, b0p);
  f(24, b0p, b1p);
  f(25, s1w, s0w);
  f(26, s1p, s0p);
  f(27, s1w, s0p);
  f(28, s1p, s0w);
  // Triples.
  f(29, b0p, b1p, P(b2));
  f(30, s0p, b0p, b1p);
  f(31, s1p, s0p, b0p);
  f(32, s2p, s1p, s0p);
  f(33, s0p, P(s0l), b0p);
  f(34, s0p, P(s0r), b0p);
  f(35, s0p, b0p, P(b0l));
  f(36, s1p, s0p, P(s0l));
  f(37, s1p, P(s1r), s0p);
  f(38, s1p, s0p, P(s0r));
  f(39, s1p, P(s1l), s0p);
  // Distance.
  f(40, s0w, d);
  f(41, s0p, d);
  f(42, b0w, d);
  f(43, b0p, d);
  f(44, s0w, b0w, d);
  f(45, s0p, b0p, d);
  f(46, s1p, s0p, d1);
  f(47, s1w, s0w, d1);
  // Valency.
  f(48, s0w, V(s.right_count(s0)));
  f(49, s0p, V(s.right_count(s0)));
  f(50, s0w, V(s.left_count(s0)));
  f(51, s0p, V(s.left_count(s0)));
  f(52, s1w, V(s.right_count(s1)));
  f(53, s1p, V(s.right_count(s1)));
  f(54, b0w, V(s.left_count(b0)));
  f(55, b0p, V(s.left_count(b0)));
  f(56, s1p, V(s.left_count(s1)));
  // Children.
  f(57, W(s0l));
  f(58, P(s0l));
  f(59, L(s0l));
  f(60, W(s0r));
  f(61, P(s0r));
  f(62, L(s0r));
  f(63, W(b0l));
  f(64, P(b0l));
  f(65, L(b0l));
  f(66, W(s1r));
  f(67, P(s1r));
  f(68, L(s1r));
  f(69, P(s1l));
  f(70, L(s1l));
  f(71, W(s0l2));
  f(72, P(s0l2));
  f(73, L(s0l2));
  f(74, W(s0r2));
  f(75, P(s0r2));
  f(76, L(s0r2));
  f(77, W(b0l2));
  f(78, P(b0l2));
  f(79, L(b0l2));
  f(80, s0p, P(s0l), P(s0l2));
  f(81, s0p, P(s0r), P(s0r2));
  f(82, b0p, P(b0l), P(b0l2));
  f(83, s1p, P(s1r), P(s1r2));
  // Label sets.
  f(84, s0w, s.left_labels(s0));
  f(85, s0p, s.left_labels(s0));
  f(86, s0w, s.right_labels(s0));
  f(87, s0p, s.right_labels(s0));
  f(88, b0w, s.left_labels(b0));
  f(89, b0p, s.left_labels(b0));
  f(90, s1p, s.right_labels(s1));
  f(91, s0p, L(s0l), L(s0r));
  f(92, s.stack_size() > 2 ? 1 : 0, b0 < 0);
}

}  // namespace factlint
