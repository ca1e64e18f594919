// Sentence parse: lazy per sentence, the model lazy per process.
#include "parse/sentence_parse.h"

#include <mutex>

namespace factlint {

std::shared_ptr<const Syntax> default_syntax(std::string* error) {
  static std::once_flag once;
  static std::shared_ptr<const Syntax> model;
  static std::string load_error;
  std::call_once(once, [] {
    std::optional<std::string> path = Syntax::default_path();
    if (!path) {
      load_error = "no parse model found (models/en_ewt.factlint-parse)";
      return;
    }
    model = Syntax::load(*path, load_error);
  });
  if (error) *error = load_error;
  return model;
}

const ParsedSentence& SentenceParse::get() const {
  if (!parsed_) {
    std::shared_ptr<const Syntax> syntax = default_syntax();
    parsed_ =
        syntax ? syntax->parse_text(text_.substr(begin_, end_ - begin_), begin_) : ParsedSentence{};
  }
  return *parsed_;
}

}  // namespace factlint
