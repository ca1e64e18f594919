// CoNLL-U: read gold sentences and write parsed ones
// (https://universaldependencies.org/format.html).
//
//   std::ifstream in(path);
//   Expected<std::vector<ParsedSentence>> gold = read_conllu(in, path);
//   write_conllu(std::cout, gold.value[0]);
//
// Multiword token ranges ("3-4") and empty nodes ("8.1") are skipped: only syntactic words count.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "parse/sentence.h"

namespace factlint {

struct ConlluResult {
  std::vector<ParsedSentence> sentences;
  std::string error;  // "file:line: message" when the file is malformed; sentences then partial
  bool ok() const { return error.empty(); }
};

ConlluResult read_conllu(std::istream& in, const std::string& name);

// ID FORM LEMMA UPOS XPOS _ HEAD DEPREL _ _, then a blank line.
void write_conllu(std::ostream& out, const ParsedSentence& sentence);

}  // namespace factlint
