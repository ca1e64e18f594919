// Extractor: rules turn the recognised mentions of a sentence into typed claims.
//
//   std::vector<Claim> claims = extract_claims(doc.text, mentions, rules, kb);
//
// Each sentence is masked: every mention becomes a placeholder ⟦index:letters⟧ whose letters
// say what it can be (e event, p person, o office, c country, g organization, l place, d date,
// n number, w a date written with its weekday), white space is folded to single spaces, and
// each rule's RE2 patterns run over that. A slot such as {event} matches one placeholder with
// the letter e. Syntactic patterns (extract/syntax_pattern.h) run over the sentence's
// dependency parse and fill the same slots with the same mentions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/claim.h"
#include "extract/rule.h"
#include "knowledge/knowledge_base.h"
#include "recognise/mentions.h"

namespace factlint {

struct MaskedSentence {
  std::string text;
  std::vector<std::size_t> origin;  // origin[i]: document offset of masked byte i (size + 1)
};

MaskedSentence mask_sentence(std::string_view text, const SentenceMentions& mentions,
                             const KnowledgeBase& kb);

class SentenceParse;  // parse/sentence_parse.h

// `parse` is asked for the sentence's syntax only when a rule's syntactic pattern could match
// (the sentence holds a mention of every type it needs); without one, those patterns are skipped.
std::vector<Claim> extract_claims(std::string_view text, const SentenceMentions& mentions,
                                  const RuleSet& rules, const KnowledgeBase& kb,
                                  const SentenceParse* parse = nullptr);

}  // namespace factlint
