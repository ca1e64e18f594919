// Tokens: words, numbers and punctuation with their byte spans, for alias matching.
//
//   std::vector<Token> tokens = tokenize(text, begin, end);
//   tokens[0].key   // normalised form used for lookups: typographic apostrophes and dashes
//                   // folded to ASCII ("Israel–Hamas" -> "Israel-Hamas", "Russia’s" -> "Russia"
//                   "'s")
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

enum class TokenKind { kWord, kNumber, kPossessive, kPunct };

struct Token {
  TokenKind kind;
  std::size_t begin;  // byte offsets into the tokenised text
  std::size_t end;
  std::string key;  // normalised text
};

// Tokenises text[begin, end).
std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end);
// Tokenises a whole string (aliases, titles) and returns only the keys.
std::vector<std::string> token_keys(std::string_view phrase);

}  // namespace factlint
