// Numbers: cardinal numbers written in digits ("298", "1,200", "2.6 million") or words
// ("twelve", "three"), and ordinals in digits ("30th"), for count, age, duration and
// membership claims.
//
//   for (const NumberMention& n : find_numbers(tokens)) n.value;
#pragma once

#include <cstddef>
#include <vector>

#include "segment/tokens.h"

namespace factlint {

struct NumberMention {
  std::size_t begin = 0;  // byte offsets
  std::size_t end = 0;
  double value = 0;
  bool in_words = false;
};

std::vector<NumberMention> find_numbers(const std::vector<Token>& tokens);

}  // namespace factlint
