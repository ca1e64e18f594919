// NameIndex: a trie over token keys.
#include "knowledge/name_index.h"

#include "core/text.h"

namespace factlint {

NameIndex::NameIndex() : nodes_(1) {}

void NameIndex::insert(const std::vector<std::string>& keys, NameRef ref) {
  std::uint32_t node = 0;
  for (const std::string& key : keys) {
    auto it = nodes_[node].next.find(key);
    if (it == nodes_[node].next.end()) {
      nodes_.emplace_back();
      auto child = static_cast<std::uint32_t>(nodes_.size() - 1);
      nodes_[node].next.emplace(key, child);
      node = child;
    } else {
      node = it->second;
    }
  }
  for (const NameRef& r : nodes_[node].refs)
    if (r.entity == ref.entity && r.kind == ref.kind) return;
  nodes_[node].refs.push_back(ref);
}

void NameIndex::add(std::string_view phrase, std::size_t entity, NameKind kind) {
  std::vector<std::string> keys = token_keys(phrase);
  if (keys.empty()) return;
  ++phrases_;
  insert(keys, {entity, kind});
  if (is_ascii_lower(keys[0][0])) {
    keys[0][0] = static_cast<char>(keys[0][0] - 'a' + 'A');
    insert(keys, {entity, kind});
  }
}

std::vector<NameMatch> NameIndex::match(const std::vector<Token>& tokens) const {
  std::vector<NameMatch> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    std::uint32_t node = 0;
    std::size_t best_end = 0;
    std::uint32_t best_node = 0;
    for (std::size_t j = i; j < tokens.size(); ++j) {
      auto it = nodes_[node].next.find(tokens[j].key);
      if (it == nodes_[node].next.end()) break;
      node = it->second;
      if (!nodes_[node].refs.empty()) {
        best_end = j + 1;
        best_node = node;
      }
    }
    if (best_end > i) {
      out.push_back({i, best_end - 1, nodes_[best_node].refs});
      i = best_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace factlint
