// Parsed sentences: the syntax layer's output, read by every stage after parsing.
//
//   const ParsedSentence& s = ...;
//   for (const Word& w : s.words) if (w.head > 0) use(s.words[w.head - 1], w.deprel);
//
// Words are UD syntactic words ("Russia's" -> "Russia" + "'s"); heads are 1-based word indices,
// 0 for the root, as in CoNLL-U. Offsets are bytes into the text the sentence was cut from.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace factlint {

struct Word {
  std::string form;
  std::size_t begin = 0;  // byte offsets into the original text (0, 0 when read from CoNLL-U)
  std::size_t end = 0;
  std::string lemma;
  std::string upos;
  std::string xpos;
  int head = 0;  // 1-based, 0 = root
  std::string deprel;
};

struct ParsedSentence {
  std::vector<Word> words;
};

}  // namespace factlint
