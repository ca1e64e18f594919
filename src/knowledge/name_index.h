// NameIndex: every name, alias, title and demonym of the knowledge base in one token trie.
//
//   NameIndex index;
//   index.add("Russian President", entity_index, NameKind::kTitle);
//   for (const NameMatch& m : index.match(tokens)) ...   // leftmost-longest, non-overlapping
//
// Matching walks the trie from each token, so its cost is linear in the text (times the
// longest name, in tokens) and independent of how many names the index holds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "segment/tokens.h"

namespace factlint {

enum class NameKind { kName, kAlias, kTitle, kDemonym };

struct NameRef {
  std::size_t entity;  // index into KnowledgeBase::entities()
  NameKind kind;
};

struct NameMatch {
  std::size_t first_token;
  std::size_t last_token;  // inclusive
  std::vector<NameRef> refs;
};

class NameIndex {
 public:
  NameIndex();
  // Adds a phrase. A phrase starting with a lower-case letter also matches capitalised.
  void add(std::string_view phrase, std::size_t entity, NameKind kind);
  std::vector<NameMatch> match(const std::vector<Token>& tokens) const;
  std::size_t phrase_count() const { return phrases_; }

 private:
  struct Node {
    std::unordered_map<std::string, std::uint32_t> next;
    std::vector<NameRef> refs;
  };
  void insert(const std::vector<std::string>& keys, NameRef ref);
  std::vector<Node> nodes_;
  std::size_t phrases_ = 0;
};

}  // namespace factlint
