// Mentions: what the recognisers found in one sentence, in text order and without overlaps:
// knowledge-base entities (names, aliases, titles, demonyms), time expressions and numbers.
//
//   SentenceMentions m = recognise(doc.text, sentence, kb, time_context);
//   for (const Mention& x : m.items) ...
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "recognise/numbers.h"
#include "recognise/time_expressions.h"
#include "segment/sentences.h"

namespace factlint {

enum class MentionKind { kEntity, kTime, kNumber };

struct Mention {
  MentionKind kind;
  std::size_t begin;  // byte offsets into the document text
  std::size_t end;
  std::vector<NameRef> refs;  // kEntity: every entity the name can mean
  TimeExpression time;        // kTime
  double number = 0;          // kNumber
};

struct SentenceMentions {
  Sentence sentence;
  std::vector<Mention> items;
};

// Words that go before a person's own name ("Mr Putin", "Pope Francis", "Senator Sanders"),
// as tokens key them (no final period).
bool is_honorific(const std::string& word);

// Common words that open a sentence without naming anyone ("The", "After", "Police"); a
// capitalised plural ("Doctors", "Officials") names no one either.
bool is_sentence_opener(const std::string& word);

// Words after a family name that are not one ("Jr", "Sr", "III"), as tokens key them.
bool is_name_suffix(const std::string& word);

// True when the word at tokens[i] sits inside a longer personal name by a middle initial
// before it ("Fred R. Harris": "R" ".") or a suffix after it ("Kennedy Jr.", "Ford III").
bool has_initial_before(std::string_view text, const std::vector<Token>& tokens, std::size_t i);
bool has_name_suffix_after(std::string_view text, const std::vector<Token>& tokens, std::size_t i);

SentenceMentions recognise(std::string_view text, const Sentence& sentence, const KnowledgeBase& kb,
                           const TimeContext& time_context);

}  // namespace factlint
