// Word keys: the hashed views of one word (form, lowercase, shape, affixes) that the tagger and
// parser features combine, computed once per word so feature extraction is integer work only.
//
//   std::vector<WordKeys> keys = word_keys(words);   // words: their forms
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct WordKeys {
  std::uint64_t form = 0;
  std::uint64_t lower = 0;
  std::uint64_t shape = 0;
  std::uint64_t prefix[3] = {0, 0, 0};     // 1, 2, 3 bytes of the lowercase form
  std::uint64_t suffix[4] = {0, 0, 0, 0};  // 1..4 bytes
};

WordKeys word_keys(std::string_view form);

// Lowercase (ASCII) and the word shape ("Xxxx", "dd.d", "X.X."): runs longer than two collapse.
std::string lowercase(std::string_view s);
std::string word_shape(std::string_view s);

}  // namespace factlint
