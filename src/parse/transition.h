// Transitions: the arc-hybrid system (Kuhlmann et al. 2011) with a single-root constraint, its
// static oracle and its dynamic oracle (Goldberg & Nivre 2013: the cost of each move).
//
//   ParseState s(n_words);
//   while (!s.terminal()) s.apply(pick(s));     // actions: see encode()
//   s.head(i), s.label(i)                       // i in 1..n; 0 = root
//
// Words are numbered 1..n; 0 is the artificial root, at the bottom of the stack. A right arc
// onto the root is allowed only once the buffer is empty, so every tree has one root word.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace factlint {

enum class Move : std::uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

// Actions: 0 = shift, 1 + l = left arc with label l, 1 + L + l = right arc with label l.
inline int encode(Move m, int label, int labels) {
  return m == Move::kShift ? 0 : m == Move::kLeft ? 1 + label : 1 + labels + label;
}
inline Move move_of(int action, int labels) {
  return action == 0 ? Move::kShift : action <= labels ? Move::kLeft : Move::kRight;
}
inline int label_of(int action, int labels) {
  return action == 0 ? -1 : action <= labels ? action - 1 : action - 1 - labels;
}

struct GoldTree {
  std::vector<int> heads;   // index 1..n (heads[0] unused)
  std::vector<int> labels;  // index 1..n
};

class ParseState {
 public:
  explicit ParseState(int words);

  int words() const { return n_; }
  bool terminal() const { return buffer_ > n_ && stack_.size() == 1; }
  bool can(Move m) const;
  void apply(int action, int labels);

  // Stack from the top: s(0) is the top; -1 when absent. Buffer: b(0) is its front; -1 past n.
  int s(std::size_t i) const { return i < stack_.size() ? stack_[stack_.size() - 1 - i] : -1; }
  int b(int i) const { return buffer_ + i <= n_ ? buffer_ + i : -1; }
  std::size_t stack_size() const { return stack_.size(); }

  int head(int w) const { return head_[w]; }
  int label(int w) const { return label_[w]; }
  // Two leftmost / rightmost children (-1 if none), child counts, label sets (bit per label < 64).
  int left(int w, int k) const { return w < 0 ? -1 : left_[w][k]; }
  int right(int w, int k) const { return w < 0 ? -1 : right_[w][k]; }
  int left_count(int w) const { return w < 0 ? 0 : nleft_[w]; }
  int right_count(int w) const { return w < 0 ? 0 : nright_[w]; }
  std::uint64_t left_labels(int w) const { return w < 0 ? 0 : lmask_[w]; }
  std::uint64_t right_labels(int w) const { return w < 0 ? 0 : rmask_[w]; }

  // Dynamic oracle: gold arcs made unreachable by the move (the label adds one if wrong).
  int cost(int action, int labels, const GoldTree& gold) const;
  // Static oracle: the canonical action for a projective gold tree.
  int static_oracle(const GoldTree& gold, int labels) const;

 private:
  bool in_stack(int w) const { return where_[w] == 1; }
  int n_;
  int buffer_ = 1;
  std::vector<int> stack_;
  std::vector<int> head_, label_;
  std::vector<std::array<int, 2>> left_, right_;
  std::vector<int> nleft_, nright_;
  std::vector<std::uint64_t> lmask_, rmask_;
  std::vector<std::uint8_t> where_;  // 0 buffer, 1 stack, 2 attached
};

}  // namespace factlint
