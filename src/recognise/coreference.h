// Coreference: second references to people, resolved against the people an article has named
// so far. One resolver per document; sentences are passed in order.
//
//   Coreference people(kb);
//   for (const Sentence& s : sentences) {
//     SentenceMentions m = recognise(text, s, kb, time_context);
//     people.resolve(text, m);   // "the Kremlin leader", "the 71-year-old pontiff", "Lee"
//   }
//
// What it does to a sentence's mentions:
// - a name that can mean several people keeps only those the article named before, if any;
// - a bare surname or given name of a person named before ("Lee" after "Lee Jae-myung")
//   becomes a mention of that person, unless the article also names someone the records do
//   not know by that surname ("Micah Xavier Johnson" beside Jeh Johnson: "Johnson, 25" is
//   either);
// - "the [N-year-old] [Russian|Kremlin] leader|president|pontiff|..." becomes a mention of the
//   people named before whose offices fit the noun and the country (several when several fit:
//   a claim about it is then consistent when any of them agrees), unless a name follows (then
//   it is a title), it follows a copula ("was the chancellor") or it stands in apposition to a
//   name ("Putin, the Russian leader,").
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "knowledge/knowledge_base.h"
#include "recognise/mentions.h"

namespace factlint {

class Coreference {
 public:
  explicit Coreference(const KnowledgeBase& kb) : kb_(kb) {}

  void resolve(std::string_view text, SentenceMentions& mentions);

 private:
  void remember(std::size_t person);
  bool names_something(const std::string& word) const;
  // The people named before whose offices fit `noun`, restricted to `offices` and `countries`
  // when not empty; latest first.
  std::vector<std::size_t> fitting(const std::string& noun, const std::vector<std::size_t>& offices,
                                   const std::vector<std::string>& countries) const;

  const KnowledgeBase& kb_;
  std::vector<std::size_t> named_;                         // people, in order of mention
  std::map<std::string, std::vector<std::size_t>> short_;  // "Lee" -> people named before
  // Surnames the article gives to someone the records do not know ("Johnson" of "Micah Xavier
  // Johnson"): a bare one may mean that person.
  std::set<std::string> unrecorded_surnames_;
  // Of those, the ones written in a name that cannot be a recorded person's ("Fred R. Harris",
  // "Todd Monroe Harris", "Kennedy Jr."): a bare one may mean that person even where the
  // records list the surname as a name of their own person.
  std::set<std::string> surnames_of_unrecorded_names_;
};

}  // namespace factlint
