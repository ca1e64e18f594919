// UD tokenizer: the syntactic words of raw sentence text, as the English UD treebanks cut them,
// each with its byte offsets into the original.
//
//   for (const UdToken& t : ud_tokenize(text.substr(s.begin, s.end - s.begin), s.begin)) ...
//
// "Russia's" -> Russia + 's, "don't" -> do + n't, "can't" -> ca + n't, "U.S." and "Mr." stay
// whole, "long-term" -> long + - + term (but "e-mail" stays), punctuation stands alone, URLs and
// e-mail addresses stay whole, "$5" -> $ + 5, "5%" -> 5 + %.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct UdToken {
  std::string form;
  std::size_t begin;  // offsets into the original text: base + position in `text`
  std::size_t end;
};

std::vector<UdToken> ud_tokenize(std::string_view text, std::size_t base = 0);

}  // namespace factlint
