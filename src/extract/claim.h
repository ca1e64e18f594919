// Claim: one checkable statement found in an article: its kind, the rule that found it, and
// the recognised values that filled the rule's slots.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "recognise/mentions.h"

namespace factlint {

struct Rule;

// What filled one slot of a rule's pattern.
struct SlotValue {
  std::string type;  // slot type: event, person, date, number, ...
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
  const Mention* mention = nullptr;  // owned by the sentence's SentenceMentions
};

struct Claim {
  const Rule* rule = nullptr;
  std::string kind;
  std::size_t begin = 0;  // the span a finding points at (bytes, document text)
  std::size_t end = 0;
  std::size_t match_begin = 0;  // the whole match, for words outside the slots ("the civil war")
  std::size_t match_end = 0;
  std::map<std::string, SlotValue> slots;
  std::size_t sentence_begin = 0;
  std::size_t sentence_end = 0;
  std::string path;      // a syntactic pattern's match: "blast >nummod 2020" (for --explain)
  bool negated = false;  // "did not begin in 2014": never contradicted
  bool quoted = false;   // inside a quotation: the speaker's claim, reported as info
  // Everything recognised in the claim's sentence (owned by the caller, alive while checking).
  const SentenceMentions* sentence = nullptr;

  const SlotValue* slot(const std::string& name) const {
    auto it = slots.find(name);
    return it == slots.end() ? nullptr : &it->second;
  }
};

}  // namespace factlint
