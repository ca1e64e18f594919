// Parser features: Zhang & Nivre (2011)-style rich templates over an arc-hybrid state: words
// and tags of the stack and buffer, distance, valency, children and their labels, label sets.
//
//   std::uint64_t keys[kParserFeatures];
//   parser_features(state, words, tags, keys);
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parse/transition.h"

namespace factlint {

constexpr std::size_t kParserFeatures = 92;

// words[i], tags[i] for i = 0..n: index 0 is the root (any value: it is replaced).
void parser_features(const ParseState& s, const std::uint64_t* words, const int* tags,
                     std::uint64_t* out);

}  // namespace factlint
