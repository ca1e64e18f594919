// RelationGraph: a Boost adjacency_list of entities with typed, dated edges; breadth-first
// search restricted to one relation finds paths.
#include "knowledge/relation_graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <unordered_map>

#include "knowledge/entity.h"

namespace factlint {

const char* relation_name(Relation r) {
  switch (r) {
    case Relation::kLocatedIn:
      return "located in";
    case Relation::kCapitalOf:
      return "capital of";
    case Relation::kPartOf:
      return "part of";
    case Relation::kHolds:
      return "holds";
    case Relation::kReportsTo:
      return "reports to";
  }
  return "related to";
}

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                    boost::no_property, RelationStep>;
using EdgeId = boost::graph_traits<Graph>::edge_descriptor;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

bool holds_during(const RelationStep& s, const std::optional<Period>& at) {
  if (!at) return true;
  if (s.start && s.start->first_day() > at->last()) return false;
  if (s.end && s.end->last_day() < at->begin()) return false;
  return true;
}

// Records the edge that first reached each vertex.
class PredecessorRecorder : public boost::default_bfs_visitor {
 public:
  explicit PredecessorRecorder(std::vector<std::optional<EdgeId>>* reached_by)
      : reached_by_(reached_by) {}
  template <typename G>
  void tree_edge(EdgeId e, const G& g) const {
    (*reached_by_)[boost::target(e, g)] = e;
  }

 private:
  std::vector<std::optional<EdgeId>>* reached_by_;
};

}  // namespace

struct RelationGraph::Impl {
  Graph graph;
};

RelationGraph::RelationGraph(const std::vector<Entity>& entities)
    : impl_(std::make_unique<Impl>()) {
  Graph& g = impl_->graph;
  for (std::size_t i = 0; i < entities.size(); ++i) boost::add_vertex(g);
  std::unordered_map<std::string, std::size_t> index;
  for (std::size_t i = 0; i < entities.size(); ++i) index.emplace(entities[i].id, i);
  auto link = [&](std::size_t from, const std::string& to_id, Relation r, const Entity& owner,
                  const std::string& key, const Term* term) {
    auto it = index.find(to_id);
    if (it == index.end() || it->second == from) return;
    RelationStep s;
    s.from = from;
    s.to = it->second;
    s.relation = r;
    s.where = term ? term->where : owner.position_of(key);
    s.source = term && !term->source.empty() ? term->source : owner.primary_source();
    if (term) {
      s.start = term->start;
      s.end = term->end;
    }
    boost::add_edge(from, it->second, s, g);
  };
  for (std::size_t i = 0; i < entities.size(); ++i) {
    const Entity& e = entities[i];
    if (e.type == EntityType::kPlace) {
      if (!e.country.empty()) link(i, e.country, Relation::kLocatedIn, e, "country", nullptr);
      if (!e.located_in.empty())
        link(i, e.located_in, Relation::kLocatedIn, e, "located_in", nullptr);
    }
    if (e.type == EntityType::kCountry) {
      for (const Term& t : e.capitals) {
        auto it = index.find(t.ref);
        if (it == index.end()) continue;
        // The capital's edge points from the place to its country.
        RelationStep s;
        s.from = it->second;
        s.to = i;
        s.relation = Relation::kCapitalOf;
        s.start = t.start;
        s.end = t.end;
        s.where = t.where.line ? t.where : e.position_of("capital");
        s.source = t.source.empty() ? e.primary_source() : t.source;
        boost::add_edge(it->second, i, s, g);
      }
    }
    if (e.type == EntityType::kEvent && !e.part_of.empty())
      link(i, e.part_of, Relation::kPartOf, e, "part_of", nullptr);
    if (e.type == EntityType::kOffice && !e.reports_to.empty())
      link(i, e.reports_to, Relation::kReportsTo, e, "reports_to", nullptr);
    for (const Term& t : e.positions) link(i, t.ref, Relation::kHolds, e, "positions", &t);
  }
}

RelationGraph::~RelationGraph() = default;

std::optional<std::vector<RelationStep>> RelationGraph::path(std::size_t from, std::size_t to,
                                                             Relation relation,
                                                             std::optional<Period> at) const {
  const Graph& g = impl_->graph;
  if (from >= boost::num_vertices(g) || to >= boost::num_vertices(g)) return std::nullopt;
  if (relation == Relation::kCapitalOf) {
    for (const RelationStep& s : edges_from(from, relation))
      if (s.to == to && holds_during(s, at)) return std::vector<RelationStep>{s};
    return std::nullopt;
  }
  auto keep = [&g, relation, &at](EdgeId e) {
    return g[e].relation == relation && holds_during(g[e], at);
  };
  boost::filtered_graph<Graph, std::function<bool(EdgeId)>> view(g, keep);
  std::vector<std::optional<EdgeId>> reached_by(boost::num_vertices(g));
  std::vector<boost::default_color_type> colors(boost::num_vertices(g));
  boost::breadth_first_search(view, static_cast<Vertex>(from),
                              boost::visitor(PredecessorRecorder(&reached_by))
                                  .color_map(boost::make_iterator_property_map(
                                      colors.begin(), boost::get(boost::vertex_index, g))));
  if (from == to || !reached_by[to]) return std::nullopt;
  std::vector<RelationStep> steps;
  for (Vertex v = to; v != from; v = boost::source(*reached_by[v], g))
    steps.insert(steps.begin(), g[*reached_by[v]]);
  return steps;
}

std::vector<RelationStep> RelationGraph::edges_from(std::size_t from, Relation relation) const {
  const Graph& g = impl_->graph;
  std::vector<RelationStep> out;
  if (from >= boost::num_vertices(g)) return out;
  for (auto [it, end] = boost::out_edges(from, g); it != end; ++it)
    if (g[*it].relation == relation) out.push_back(g[*it]);
  return out;
}

std::vector<RelationStep> RelationGraph::edges_to(std::size_t to, Relation relation) const {
  const Graph& g = impl_->graph;
  std::vector<RelationStep> out;
  if (to >= boost::num_vertices(g)) return out;
  for (auto [it, end] = boost::in_edges(to, g); it != end; ++it)
    if (g[*it].relation == relation) out.push_back(g[*it]);
  return out;
}

}  // namespace factlint
