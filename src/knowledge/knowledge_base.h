// KnowledgeBase: the reference facts, loaded once from YAML and indexed by id and by name.
//
//   Diagnostics diags;
//   auto kb = KnowledgeBase::load({{"knowledge/"}, {"extra.yaml"}}, diags);  // layers
//   CompiledCache cache("/home/me/.cache/factlint");                   // or skip the YAML:
//   auto fast = KnowledgeBase::load({{"knowledge/"}}, diags, &cache);
//   if (diags.has_errors()) ...;
//   const Entity* putin = kb->find("vladimir-putin");
//   kb->names().match(tokens);   // every entity mention in a token sequence
//
// A later layer replaces entities of the same id from earlier layers (a newsroom's own facts
// override the shipped ones); within one layer a duplicate id is an error.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostic.h"
#include "knowledge/compiled.h"
#include "knowledge/entity.h"
#include "knowledge/name_index.h"
#include "knowledge/relation_graph.h"

namespace factlint {

class KnowledgeBase {
 public:
  // Each layer is a list of files or directories (walked recursively for *.yaml, *.yml). With a
  // cache, a compiled copy of the same sources is read instead of the YAML when there is one,
  // and written after a load without errors; `use` says which happened.
  static std::shared_ptr<const KnowledgeBase> load(
      const std::vector<std::vector<std::string>>& layers, Diagnostics& diags,
      const CompiledCache* cache = nullptr, CacheUse* use = nullptr);
  // Builds a knowledge base from entities already in memory (tests, imports).
  static std::shared_ptr<const KnowledgeBase> from_entities(std::vector<Entity> entities,
                                                            Diagnostics& diags);

  const Entity* find(std::string_view id) const;
  const std::vector<Entity>& entities() const { return entities_; }
  const NameIndex& names() const { return names_; }
  std::size_t index_of(const Entity& e) const {
    return static_cast<std::size_t>(&e - entities_.data());
  }
  // The files the entities came from, in load order.
  const std::vector<std::string>& files() const { return files_; }
  // Located-in, capital-of and part-of relations on a graph, built once at load.
  const RelationGraph& relations() const { return *relations_; }
  // People with a position in the office, and events located in the place or country, in load
  // order; built once so that checks need not scan every entity per claim.
  const std::vector<const Entity*>& holders_of(const std::string& office_id) const;
  const std::vector<const Entity*>& events_in(const std::string& place_id) const;
  // Events a country, organization or person took part in (`participants`).
  const std::vector<const Entity*>& events_involving(const std::string& id) const;
  // Events one of whose descriptors is `noun` ("war", "civil war"; "attacks" as "attack").
  const std::vector<const Entity*>& events_described_as(std::string_view noun) const;

 private:
  KnowledgeBase() = default;
  void build_indexes();

  std::vector<Entity> entities_;
  std::vector<std::string> files_;
  std::unordered_map<std::string, std::size_t> by_id_;
  NameIndex names_;
  std::shared_ptr<const RelationGraph> relations_;
  std::unordered_map<std::string, std::vector<const Entity*>> holders_;
  std::unordered_map<std::string, std::vector<const Entity*>> events_in_;
  std::unordered_map<std::string, std::vector<const Entity*>> events_by_descriptor_;
  std::unordered_map<std::string, std::vector<const Entity*>> events_by_participant_;
};

// The form descriptors are compared in: lower case, without a plural -s ("Attacks" -> "attack").
std::string descriptor_key(std::string_view noun);

// Cross-entity checks: dangling references, dates out of order, overlapping terms of a
// single-seat office, positions outside a person's life. Appends to `diags`.
void validate_knowledge_base(const KnowledgeBase& kb, Diagnostics& diags);

}  // namespace factlint
