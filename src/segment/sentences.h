// Sentences: split prose into sentences, knowing news abbreviations (U.S., Feb., Mr., Gen.).
//
//   for (const Sentence& s : split_sentences(doc.text)) use(doc.text.substr(s.begin, s.end -
//   s.begin));
//
// Blank lines always end a sentence (headlines, datelines and captions stand alone).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace factlint {

struct Sentence {
  std::size_t begin;  // byte offsets, trimmed of surrounding white space
  std::size_t end;
};

std::vector<Sentence> split_sentences(std::string_view text);

}  // namespace factlint
