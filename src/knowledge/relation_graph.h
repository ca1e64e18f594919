// RelationGraph: the knowledge base's relations between entities on a Boost.Graph, built once
// when the knowledge base loads: a place located in a region or country, a capital of its
// country (dated), an event part of a larger one, a person holding an office (dated), an office
// reporting to another. Located-in, part-of and reports-to are transitive; the path found is
// the evidence.
//
//   const RelationGraph& g = kb.relations();
//   auto steps = g.path(kb.index_of(*kyiv), kb.index_of(*ukraine), Relation::kCapitalOf, when);
//   if (steps) for (const RelationStep& s : *steps) s.where;   // each fact's file:line
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/fuzzy_date.h"

namespace factlint {

struct Entity;

enum class Relation { kLocatedIn, kCapitalOf, kPartOf, kHolds, kReportsTo };
const char* relation_name(Relation r);

// One edge of a path: `from` stands in `relation` to `to`, as the fact at `where` says.
struct RelationStep {
  std::size_t from = 0;  // entity indices
  std::size_t to = 0;
  Relation relation = Relation::kLocatedIn;
  std::optional<FuzzyDate> start;  // dated relations (capitals)
  std::optional<FuzzyDate> end;
  SourcePosition where;
  std::string source;
};

class RelationGraph {
 public:
  explicit RelationGraph(const std::vector<Entity>& entities);
  ~RelationGraph();
  RelationGraph(const RelationGraph&) = delete;
  RelationGraph& operator=(const RelationGraph&) = delete;

  // The shortest chain of `relation` edges from `from` to `to` (one edge for capitals, any
  // number for located-in and part-of), using only dated edges that hold at some day of `at`
  // when it is given; nullopt when there is none.
  std::optional<std::vector<RelationStep>> path(std::size_t from, std::size_t to, Relation relation,
                                                std::optional<Period> at = std::nullopt) const;
  // The edges of `relation` leaving `from` (its capitals' countries, its parents).
  std::vector<RelationStep> edges_from(std::size_t from, Relation relation) const;
  // The edges of `relation` arriving at `to` (a country's capitals).
  std::vector<RelationStep> edges_to(std::size_t to, Relation relation) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factlint
