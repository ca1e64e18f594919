// Feature hashing: features are 64-bit keys mixed from a template id and integer values, so
// extracting a feature never allocates.
//
//   uint64_t w = hash_text("bank");
//   uint64_t f = feature_key(12, w, tag);   // template 12 over (word, tag)
#pragma once

#include <cstdint>
#include <string_view>

namespace factlint {

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return mix64(h ^ s.size());
}

// Never 0: the weight table uses 0 for an empty slot.
inline std::uint64_t feature_key(std::uint32_t templ, std::uint64_t a, std::uint64_t b = 0,
                                 std::uint64_t c = 0) {
  std::uint64_t h = mix64(templ * 0x9e3779b97f4a7c15ULL + a);
  h = mix64(h ^ (b + 0x632be59bd9b4e019ULL));
  h = mix64(h ^ (c + 0x85ebca6b2f4d3a2bULL));
  return h | 1;
}

}  // namespace factlint
