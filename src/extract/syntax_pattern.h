// Syntactic patterns: a rule's claims read from the dependency parse instead of the flat
// sentence, in the spirit of Odin's rule language. A trigger (a recognised mention, or a word
// by lemma and part of speech) and arguments reached from it by dependency paths, each filled
// by a recognised mention of the argument's type.
//
//   std::string error;
//   auto path = parse_dependency_path(">nmod[in,on]", &error);     // nullopt and a message
//   for (const SyntaxMatch& m : match_syntax(pattern, parse, mentions, kb)) use(m.slots);
//
// Paths are steps separated by spaces: ">rel" goes down to a dependent, "<rel" up to the head;
// "rel" may list alternatives ("nummod|amod|compound") or be "*", and a base relation matches
// its subtypes ("nmod" matches "nmod:poss", "obl" matches "obl:tmod"). "[in,on]" after a step
// keeps only words with a `case` or `mark` dependent among those words ("in 2011", "on Oct. 7",
// "after Russia launched"); a
// final "+" keeps only words after the word the step leaves, "-" only words before it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "knowledge/knowledge_base.h"
#include "parse/sentence.h"
#include "recognise/mentions.h"

namespace factlint {

struct PathStep {
  bool down = true;                     // '>' to a dependent, '<' to the head
  std::vector<std::string> relations;   // empty: any relation
  std::vector<std::string> case_words;  // empty: no `case` dependent required
  int order = 0;  // +1: the word reached must follow the word left; -1: precede it; 0: either
};

struct DependencyPath {
  std::string source;  // as written
  std::vector<PathStep> steps;
};

// Nullopt, and a message naming what is wrong, for a malformed path.
std::optional<DependencyPath> parse_dependency_path(const std::string& text, std::string* error);

// Which words a trigger or an unless-clause accepts: any of the lemmas (lower case), any of the
// parts of speech (UPOS) and any of the Penn tags (XPOS: VBD for a past-tense verb); an empty
// list accepts all.
struct WordTest {
  std::vector<std::string> lemmas;
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
  bool accepts(const Word& w) const;
};

struct SyntaxArgument {
  std::string name;                   // the slot name ("date", "country_by")
  std::string type;                   // its type ("date", "country", ...)
  std::vector<DependencyPath> paths;  // alternatives, tried in order
  // For a time: the TimeML types it may have (DATE, DURATION, ...); empty accepts any.
  std::vector<std::string> time_types;
  // Words (lemmas) that may stand in for the mention where no path reaches one: "months after
  // Russia's invasion of the country" has no event's name, but its noun. The slot stays empty,
  // the match spans the word, and the check reads the words ("invasion").
  std::vector<std::string> or_lemmas;
};

// A condition on the words around the trigger: whether any word one of the paths reaches
// passes the test. As a veto (`unless:`) it drops the match ("the anniversary of the attacks in
// 2021": the date is the anniversary's); as a requirement (`require:`) the match needs it ("the
// clause is in the present tense").
struct WordCondition {
  std::vector<DependencyPath> paths;
  WordTest word;
};

struct SyntaxPattern {
  std::string source;  // a one-line summary for messages and --explain
  // The trigger is the head word of a mention of trigger_type (filling slot trigger_slot),
  // or, when trigger_type is empty, any word that trigger_word accepts.
  std::string trigger_slot;
  std::string trigger_type;
  std::vector<std::string> trigger_time_types;  // for a time trigger, as for arguments
  WordTest trigger_word;
  std::vector<SyntaxArgument> arguments;
  std::vector<WordCondition> vetoes;
  std::vector<WordCondition> requirements;
  SourcePosition where;

  // Every slot the pattern fills (the trigger's, then the arguments').
  std::vector<std::string> slot_names() const;
};

struct SyntaxMatch {
  struct Filled {
    std::string name;
    std::string type;
    const Mention* mention;
  };
  std::vector<Filled> slots;
  std::size_t begin = 0;  // the words the match spans (trigger, paths, arguments)
  std::size_t end = 0;
  std::string path;  // what was matched, for --explain: "blast >nummod 2020"
};

// Whether a mention can fill a slot of the type: its entity types, or time/number.
bool mention_has_type(const Mention& m, const std::string& type, const KnowledgeBase& kb);

// Every match of the pattern in one parsed sentence. Arguments take the first path that reaches
// a mention of their type; an argument no path fills leaves the trigger without a match.
std::vector<SyntaxMatch> match_syntax(const SyntaxPattern& pattern, const ParsedSentence& parse,
                                      const SentenceMentions& mentions, const KnowledgeBase& kb);

}  // namespace factlint
