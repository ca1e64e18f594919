// Sentence parse: the syntax of one sentence of a document, computed on first use and then
// shared by every later stage, with the model loaded once per process on first use. A run
// whose rules never ask for syntax pays nothing for it.
//
//   SentenceParse parse(doc.text, sentence.begin, sentence.end);
//   for (const Word& w : parse.get().words) ...   // offsets index doc.text
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string_view>

#include "parse/sentence.h"
#include "parse/syntax.h"

namespace factlint {

// The shipped model, loaded on the first call (thread-safe); nullptr when it is missing or
// corrupt (the reason in `error`, when given).
std::shared_ptr<const Syntax> default_syntax(std::string* error = nullptr);

class SentenceParse {
 public:
  SentenceParse(std::string_view text, std::size_t begin, std::size_t end)
      : text_(text), begin_(begin), end_(end) {}

  // No words when no model is available.
  const ParsedSentence& get() const;

 private:
  std::string_view text_;
  std::size_t begin_, end_;
  mutable std::optional<ParsedSentence> parsed_;
};

}  // namespace factlint
