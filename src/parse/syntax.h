// Syntax: the trained model (tagger, lemmatiser, parser) in one file, and the one call the
// pipeline makes per sentence.
//
//   std::string error;
//   std::shared_ptr<const Syntax> syntax = Syntax::load(path, error);   // once per process
//   ParsedSentence s = syntax->parse_text(sentence_text, offset);      // tokens, tags, tree
//   ParsedSentence g = syntax->parse_words(gold_words);                // keeps the words
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse/lemmatiser.h"
#include "parse/parser.h"
#include "parse/sentence.h"
#include "parse/tagger.h"

namespace factlint {

class Syntax {
 public:
  // nullptr and a one-line message ("path: ...") when the file is missing or corrupt.
  static std::shared_ptr<const Syntax> load(const std::string& path, std::string& error);
  // The shipped model: models/en_ewt.factlint-parse next to knowledge/ (see engine/paths.h).
  static std::optional<std::string> default_path();

  bool save(const std::string& path, std::string& error) const;

  ParsedSentence parse_text(std::string_view text, std::size_t offset = 0) const;
  // Tags, lemmatises and parses the given words in place (forms and offsets kept).
  void parse_words(ParsedSentence& sentence) const;

  Tagger tagger;
  Lemmatiser lemmatiser;
  Parser parser;
  std::string provenance;  // treebank and its version, stored in the file
};

}  // namespace factlint
