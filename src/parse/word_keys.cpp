// Word keys: hashing a word's views once.
#include "parse/word_keys.h"

#include <algorithm>

#include "parse/feature_hash.h"

namespace factlint {

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string word_shape(std::string_view s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k;
    if (c >= 'A' && c <= 'Z')
      k = 'X';
    else if (c >= 'a' && c <= 'z')
      k = 'x';
    else if (c >= '0' && c <= '9')
      k = 'd';
    else if (c >= 0x80)
      k = 'u';
    else
      k = static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out += k;
  }
  return out;
}

WordKeys word_keys(std::string_view form) {
  WordKeys k;
  std::string lower = lowercase(form);
  k.form = hash_text(form);
  k.lower = hash_text(lower);
  k.shape = hash_text(word_shape(form));
  std::string_view lv(lower);
  for (std::size_t n = 1; n <= 3; ++n)
    k.prefix[n - 1] = hash_text(lv.substr(0, std::min(n, lv.size()))) + n;
  for (std::size_t n = 1; n <= 4; ++n)
    k.suffix[n - 1] = hash_text(lv.substr(lv.size() - std::min(n, lv.size()))) + 7 * n;
  return k;
}

}  // namespace factlint
