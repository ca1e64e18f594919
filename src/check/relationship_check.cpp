// relationship: a place said to be a country's capital, or to lie in a region or country, on
// the knowledge base's relation graph (src/knowledge/relation_graph.h).
//
//   capital     "Kyiv, the capital of Ukraine", "Helsinki, the Finnish capital", "the Ukrainian
//               capital, Kyiv": the place must be the country's capital at the time of the
//               sentence (capitals are dated: Bonn until 1990);
//   located_in  "in Anchorage, Alaska", "Donetsk in eastern Ukraine": the place must reach the
//               region or country through located-in edges.
// The path found is the evidence. A place the records know nothing about (no country, no
// capital recorded for the country) is unverifiable.
#include <set>

#include "check/check.h"
#include "check/claim_time.h"

namespace factlint {

namespace {

enum class Asserted { kCapital, kLocatedIn };

const Entity* first_of(const Claim& claim, const CheckContext& ctx, const std::string& slot,
                       std::initializer_list<EntityType> types) {
  const SlotValue* v = claim.slot(slot);
  if (!v || !v->mention) return nullptr;
  for (const NameRef& r : v->mention->refs) {
    const Entity& e = ctx.kb.entities()[r.entity];
    for (EntityType t : types)
      if (e.type == t) return &e;
  }
  return nullptr;
}

Evidence step_evidence(const CheckContext& ctx, const RelationStep& s) {
  const Entity& from = ctx.kb.entities()[s.from];
  const Entity& to = ctx.kb.entities()[s.to];
  std::string fact = std::string(relation_name(s.relation)) + " " + to.id;
  if (s.start) fact += " from " + s.start->iso();
  if (s.end) fact += " to " + s.end->iso();
  // A capital is written on its country; other relations on the entity that has them.
  return {s.relation == Relation::kCapitalOf ? to.id : from.id, from.id + " " + fact, s.source,
          s.where};
}

class RelationshipCheck final : public ClaimCheck {
 public:
  RelationshipCheck(Asserted asserted, std::string message)
      : asserted_(asserted), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const Entity* place = first_of(claim, ctx, "place", {EntityType::kPlace});
    const Entity* whole =
        asserted_ == Asserted::kCapital
            ? first_of(claim, ctx, "country", {EntityType::kCountry})
            : first_of(claim, ctx, "country", {EntityType::kCountry, EntityType::kPlace});
    if (!whole) whole = first_of(claim, ctx, "region", {EntityType::kPlace});
    if (!place || !whole) {
      a.note = "no place and country";
      return a;
    }
    const RelationGraph& graph = ctx.kb.relations();
    std::size_t from = ctx.kb.index_of(*place);
    std::size_t to = ctx.kb.index_of(*whole);
    a.subject = place->id;
    if (asserted_ == Asserted::kCapital)
      return capital(claim, ctx, graph, *place, *whole, from, to);
    auto steps = graph.path(from, to, Relation::kLocatedIn);
    if (steps) {
      a.verdict = Verdict::kConsistent;
      for (const RelationStep& s : *steps) a.evidence.push_back(step_evidence(ctx, s));
      return a;
    }
    // Only a place whose country is recorded, named with a country, can be contradicted: a
    // region the records do not nest may still contain it.
    std::vector<RelationStep> parents = graph.edges_from(from, Relation::kLocatedIn);
    if (parents.empty() || whole->type != EntityType::kCountry || claim.negated) {
      a.note = "the records do not place " + place->name + " in " + whole->name;
      return a;
    }
    a.verdict = Verdict::kContradicted;
    std::string held;
    for (const RelationStep& s : parents) {
      held += (held.empty() ? "" : ", ") + ctx.kb.entities()[s.to].name;
      a.evidence.push_back(step_evidence(ctx, s));
    }
    a.expected = held;
    a.found = whole->name;
    a.message = render_template(
        message_, {{"place.name", place->name}, {"whole.name", whole->name}, {"fact.value", held}});
    return a;
  }

 private:
  Assessment capital(const Claim& claim, const CheckContext& ctx, const RelationGraph& graph,
                     const Entity& place, const Entity& country, std::size_t from,
                     std::size_t to) const {
    Assessment a;
    a.subject = country.id;
    auto when = claim_time(claim, ctx);
    std::optional<Period> at;
    if (when) at = when->period;
    if (auto steps = graph.path(from, to, Relation::kCapitalOf, at)) {
      a.verdict = Verdict::kConsistent;
      a.evidence.push_back(step_evidence(ctx, steps->front()));
      return a;
    }
    // The country's capitals at that time; without any, nothing to contradict.
    std::vector<RelationStep> capitals;
    for (const RelationStep& s : graph.edges_to(to, Relation::kCapitalOf)) {
      bool holds = !at || ((!s.start || s.start->first_day() <= at->begin()) &&
                           (!s.end || s.end->last_day() >= at->last()));
      if (holds) capitals.push_back(s);
    }
    if (capitals.empty() || claim.negated) {
      a.note = "the records hold no capital of " + country.name + " for that time";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    std::string held;
    for (const RelationStep& s : capitals) {
      held += (held.empty() ? "" : " or ") + ctx.kb.entities()[s.from].name;
      a.evidence.push_back(step_evidence(ctx, s));
    }
    a.expected = held;
    a.found = place.name;
    a.message = render_template(
        message_, {{"place.name", place.name}, {"whole.name", country.name}, {"fact.value", held}});
    return a;
  }

  Asserted asserted_;
  std::string message_;
};

class RelationshipCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "relationship"; }
  std::vector<std::string> required_slots() const override { return {"place"}; }
  std::string default_report_slot() const override { return "place"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    Asserted asserted = Asserted::kCapital;
    for (const auto& [key, value] : options) {
      if (key == "relation" && value == "capital") {
        asserted = Asserted::kCapital;
      } else if (key == "relation" && value == "located_in") {
        asserted = Asserted::kLocatedIn;
      } else {
        *error = "unknown check option '" + key + ": " + value +
                 "' for relationship (expected relation: capital or located_in)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"place.name", "whole.name", "fact.value"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for relationship";
        return nullptr;
      }
    }
    return std::make_unique<RelationshipCheck>(asserted, message_template);
  }
};

}  // namespace

const CheckKind& relationship_check_kind() {
  static const RelationshipCheckKind kKind;
  return kKind;
}

}  // namespace factlint
