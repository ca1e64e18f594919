// Transitions: arc-hybrid moves, validity and oracles.
#include "parse/transition.h"

namespace factlint {

ParseState::ParseState(int words)
    : n_(words),
      head_(words + 1, -1),
      label_(words + 1, -1),
      left_(words + 1, {-1, -1}),
      right_(words + 1, {-1, -1}),
      nleft_(words + 1, 0),
      nright_(words + 1, 0),
      lmask_(words + 1, 0),
      rmask_(words + 1, 0),
      where_(words + 1, 0) {
  stack_.reserve(words + 1);
  stack_.push_back(0);
  where_[0] = 1;
}

bool ParseState::can(Move m) const {
  bool buffer = buffer_ <= n_;
  switch (m) {
    case Move::kShift:
      return buffer;
    case Move::kLeft:
      return buffer && stack_.size() >= 2;
    case Move::kRight:
      return stack_.size() >= 3 || (stack_.size() == 2 && !buffer);
  }
  return false;
}

void ParseState::apply(int action, int labels) {
  Move m = move_of(action, labels);
  int l = label_of(action, labels);
  if (m == Move::kShift) {
    where_[buffer_] = 1;
    stack_.push_back(buffer_++);
    return;
  }
  int child = stack_.back();
  stack_.pop_back();
  int parent = m == Move::kLeft ? buffer_ : stack_.back();
  head_[child] = parent;
  label_[child] = l;
  where_[child] = 2;
  std::uint64_t bit = l < 64 ? std::uint64_t{1} << l : 0;
  if (m == Move::kLeft) {  // each new left child lies further left
    left_[parent][1] = left_[parent][0];
    left_[parent][0] = child;
    ++nleft_[parent];
    lmask_[parent] |= bit;
  } else {  // each new right child lies further right
    right_[parent][1] = right_[parent][0];
    right_[parent][0] = child;
    ++nright_[parent];
    rmask_[parent] |= bit;
  }
}

int ParseState::cost(int action, int labels, const GoldTree& gold) const {
  Move m = move_of(action, labels);
  const std::vector<int>& h = gold.heads;
  int c = 0;
  if (m == Move::kShift) {
    // b0 goes onto the stack: it can no longer take a head or a dependent lower in the stack
    // than s0 (its head may still be s0, by a right arc).
    int b0 = buffer_;
    int s0 = stack_.back();
    for (std::size_t i = 0; i + 1 < stack_.size(); ++i) {
      int k = stack_[i];
      if (k != 0 && h[k] == b0) ++c;
      if (h[b0] == k) ++c;
    }
    if (s0 != 0 && h[s0] == b0) ++c;
    return c;
  }
  int s0 = stack_.back();
  // s0 leaves the stack: its dependents still in the buffer are lost.
  for (int k = buffer_; k <= n_; ++k)
    if (h[k] == s0) ++c;
  int parent;
  if (m == Move::kLeft) {
    parent = buffer_;
    int s1 = stack_[stack_.size() - 2];
    if (h[s0] != parent && (h[s0] == s1 || h[s0] > buffer_)) ++c;
  } else {
    parent = stack_[stack_.size() - 2];
    if (h[s0] != parent && h[s0] >= buffer_) ++c;
  }
  if (h[s0] == parent && gold.labels[s0] != label_of(action, labels)) ++c;
  return c;
}

int ParseState::static_oracle(const GoldTree& gold, int labels) const {
  auto done = [&](int w) {  // every gold dependent of w attached
    for (int k = 1; k <= n_; ++k)
      if (gold.heads[k] == w && head_[k] != w) return false;
    return true;
  };
  int s0 = s(0), s1 = s(1), b0 = b(0);
  if (s0 > 0 && b0 > 0 && gold.heads[s0] == b0 && done(s0))
    return encode(Move::kLeft, gold.labels[s0], labels);
  if (s0 > 0 && s1 >= 0 && gold.heads[s0] == s1 && done(s0) && can(Move::kRight))
    return encode(Move::kRight, gold.labels[s0], labels);
  return 0;
}

}  // namespace factlint
