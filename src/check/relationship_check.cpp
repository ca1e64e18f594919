// relationship: a place said to be a country's capital, or to lie in a region or country, on
// the knowledge base's relation graph (src/knowledge/relation_graph.h).
//
//   capital     "Kyiv, the capital of Ukraine", "Helsinki, the Finnish capital", "the Ukrainian
//               capital, Kyiv": the place must be the country's capital at the time of the
//               sentence (capitals are dated: Bonn until 1990);
//   located_in  "in Anchorage, Alaska", "Donetsk in eastern Ukraine", "Balmoral, her estate in
//               the north of England": the place must reach the region or country through
//               located-in edges. It is contradicted only when the two are known apart: the
//               place lies in another country than the one named, or in another division of the
//               same parent than the one named (Scotland, not England: both divisions of the
//               United Kingdom); a region the records do not mark as a division may overlap
//               anything;
//   serves      "Trump's special envoy Steve Witkoff", "Putin's foreign minister Sergei Lavrov":
//               an office the {person} holds at the time must report (through reports-to edges)
//               to an office the {person:principal} holds then.
// The path found is the evidence. A place the records know nothing about (no country, no
// capital recorded for the country), or a person holding no office that reports to another, is
// unverifiable.
#include <algorithm>
#include <map>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/discourse.h"

namespace factlint {

namespace {

enum class Asserted { kCapital, kLocatedIn, kServes };

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

// Every entity of the slot's mention of one of the types (an ambiguous name has several).
std::vector<const Entity*> all_of(const Claim& claim, const CheckContext& ctx,
                                  const std::string& slot,
                                  std::initializer_list<EntityType> types) {
  std::vector<const Entity*> out;
  const SlotValue* v = claim.slot(slot);
  if (!v || !v->mention) return out;
  for (const NameRef& r : v->mention->refs) {
    const Entity& e = ctx.kb.entities()[r.entity];
    for (EntityType t : types)
      if (e.type == t && std::find(out.begin(), out.end(), &e) == out.end()) out.push_back(&e);
  }
  return out;
}

// Every place or country `from` lies in, itself included, with the located-in steps that lead
// there.
std::map<std::size_t, std::vector<RelationStep>> enclosing(const RelationGraph& graph,
                                                           std::size_t from) {
  std::map<std::size_t, std::vector<RelationStep>> out{{from, {}}};
  std::vector<std::size_t> queue{from};
  for (std::size_t i = 0; i < queue.size(); ++i) {
    for (const RelationStep& s : graph.edges_from(queue[i], Relation::kLocatedIn)) {
      if (out.count(s.to)) continue;
      std::vector<RelationStep> steps = out[queue[i]];
      steps.push_back(s);
      out.emplace(s.to, std::move(steps));
      queue.push_back(s.to);
    }
  }
  return out;
}

// The located-in step from a division to the parent it divides (located_in, else country).
std::optional<RelationStep> division_parent(const CheckContext& ctx, std::size_t division) {
  const Entity& e = ctx.kb.entities()[division];
  const Entity* parent = ctx.kb.find(e.located_in.empty() ? e.country : e.located_in);
  if (!parent) return std::nullopt;
  for (const RelationStep& s : ctx.kb.relations().edges_from(division, Relation::kLocatedIn))
    if (s.to == ctx.kb.index_of(*parent)) return s;
  return std::nullopt;
}

// Why a place cannot lie in a whole: what the place lies in instead, and the steps that show it.
struct Separation {
  std::string held;
  std::vector<RelationStep> steps;
};

std::optional<Separation> separation(const CheckContext& ctx, std::size_t place,
                                     std::size_t whole) {
  const std::vector<Entity>& entities = ctx.kb.entities();
  auto in_place = enclosing(ctx.kb.relations(), place);
  // Countries do not overlap. (Against a division, a place of another country is more often a
  // homonym the records do not hold: "Moscow, Scotland" is a village in Ayrshire.)
  if (entities[whole].type == EntityType::kCountry) {
    Separation sep;
    for (const auto& [p, steps] : in_place) {
      if (entities[p].type != EntityType::kCountry) continue;
      sep.held += (sep.held.empty() ? "" : ", ") + entities[p].name;
      sep.steps.insert(sep.steps.end(), steps.begin(), steps.end());
    }
    if (sep.held.empty()) return std::nullopt;
    return sep;
  }
  // Two divisions of one parent do not overlap either (Scotland and England in the United
  // Kingdom).
  auto in_whole = enclosing(ctx.kb.relations(), whole);
  for (const auto& [a, a_steps] : in_place) {
    if (!entities[a].division) continue;
    auto a_parent = division_parent(ctx, a);
    if (!a_parent) continue;
    for (const auto& [b, b_steps] : in_whole) {
      if (b == a || !entities[b].division) continue;
      auto b_parent = division_parent(ctx, b);
      if (!b_parent || b_parent->to != a_parent->to) continue;
      Separation sep{entities[a].name, a_steps};
      sep.steps.push_back(*a_parent);
      sep.steps.insert(sep.steps.end(), b_steps.begin(), b_steps.end());
      sep.steps.push_back(*b_parent);
      return sep;
    }
  }
  return std::nullopt;
}

// "is not in Kharkiv, in Russia": a negation just before the match denies the whole claim.
bool negated_before(const Claim& claim, const CheckContext& ctx) {
  std::string before = " " + words_before(claim, ctx, claim.match_begin, 3) + " ";
  for (const char* cue : {" not ", " never ", "n't ", "n’t ", " no longer "})
    if (before.find(cue) != std::string::npos) return true;
  return false;
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
    if (asserted_ == Asserted::kServes) return serves(claim, ctx);
    if (asserted_ == Asserted::kLocatedIn) return located_in(claim, ctx);
    // An ambiguous name ("Congo") is consistent when any reading is, contradicted only when
    // every reading is.
    std::optional<Assessment> first;
    for (const Entity* place : all_of(claim, ctx, "place", {EntityType::kPlace})) {
      for (const Entity* country : all_of(claim, ctx, "country", {EntityType::kCountry})) {
        Assessment a = capital(claim, ctx, ctx.kb.relations(), *place, *country,
                               ctx.kb.index_of(*place), ctx.kb.index_of(*country));
        if (a.verdict == Verdict::kConsistent) return a;
        // An unsettled reading outweighs contradicted ones.
        if (!first ||
            (first->verdict == Verdict::kContradicted && a.verdict != Verdict::kContradicted))
          first = std::move(a);
      }
    }
    if (first) return *first;
    Assessment none;
    none.note = "no place and country";
    return none;
  }

 private:
  // Consistent when any reading of the place lies in any reading of the whole; contradicted
  // only when every reading is known apart (see separation()).
  Assessment located_in(const Claim& claim, const CheckContext& ctx) const {
    Assessment a;
    std::vector<const Entity*> places = all_of(claim, ctx, "place", {EntityType::kPlace});
    std::vector<const Entity*> wholes =
        all_of(claim, ctx, "country", {EntityType::kCountry, EntityType::kPlace});
    if (wholes.empty()) wholes = all_of(claim, ctx, "region", {EntityType::kPlace});
    if (places.empty() || wholes.empty()) {
      a.note = "no place and country";
      return a;
    }
    a.subject = places.front()->id;
    const RelationGraph& graph = ctx.kb.relations();
    for (const Entity* place : places) {
      for (const Entity* whole : wholes) {
        auto steps =
            graph.path(ctx.kb.index_of(*place), ctx.kb.index_of(*whole), Relation::kLocatedIn);
        if (!steps) continue;
        a.verdict = Verdict::kConsistent;
        a.subject = place->id;
        for (const RelationStep& s : *steps) a.evidence.push_back(step_evidence(ctx, s));
        return a;
      }
    }
    bool negated = claim.negated || negated_before(claim, ctx);
    std::optional<Separation> first;
    for (const Entity* place : places) {
      for (const Entity* whole : wholes) {
        // Only a country or a division is known to hold nothing but what the records put in
        // it: a city named as the whole is more often a homonym ("Melbourne, Victoria") or the
        // next item of a list ("in Berlin, Paris and Rome").
        bool bounded = whole->type == EntityType::kCountry || whole->division;
        auto sep = negated || !bounded || place == whole
                       ? std::nullopt
                       : separation(ctx, ctx.kb.index_of(*place), ctx.kb.index_of(*whole));
        if (!sep) {
          a.note = "the records do not place " + place->name + " in or apart from " + whole->name;
          return a;
        }
        if (!first) first = std::move(sep);
      }
    }
    const Entity& place = *places.front();
    const Entity& whole = *wholes.front();
    a.verdict = Verdict::kContradicted;
    for (const RelationStep& s : first->steps) a.evidence.push_back(step_evidence(ctx, s));
    a.expected = first->held;
    a.found = whole.name;
    a.message = render_template(
        message_,
        {{"place.name", place.name}, {"whole.name", whole.name}, {"fact.value", first->held}});
    return a;
  }

  Assessment serves(const Claim& claim, const CheckContext& ctx) const {
    Assessment a;
    const Entity* aide = first_of(claim, ctx, "person", {EntityType::kPerson});
    const Entity* principal = first_of(claim, ctx, "principal", {EntityType::kPerson});
    auto when = claim_time(claim, ctx);
    if (when) a.judged_at = describe_claim_time(*when);
    if (!aide || !principal || !when) {
      a.note = "no two people and no time";
      return a;
    }
    a.subject = aide->id;
    const RelationGraph& graph = ctx.kb.relations();
    std::vector<RelationStep> held = holds_at(graph, ctx.kb.index_of(*aide), when->period);
    std::vector<RelationStep> principal_held =
        holds_at(graph, ctx.kb.index_of(*principal), when->period);
    std::vector<RelationStep> served;  // reports-to edges leaving the aide's offices
    for (const RelationStep& h : held) {
      for (const RelationStep& p : principal_held) {
        if (auto steps = graph.path(h.to, p.to, Relation::kReportsTo)) {
          a.verdict = Verdict::kConsistent;
          a.evidence.push_back(step_evidence(ctx, h));
          for (const RelationStep& s : *steps) a.evidence.push_back(step_evidence(ctx, s));
          a.evidence.push_back(step_evidence(ctx, p));
          return a;
        }
      }
      for (const RelationStep& r : graph.edges_from(h.to, Relation::kReportsTo))
        served.push_back(r);
    }
    // Contradicted only when every office the aide holds then is known to serve another, and
    // the principal's offices are recorded up to that time.
    bool principal_known = !principal->as_of || when->period.last() <= principal->as_of->last_day();
    if (held.empty() || served.size() < held.size() || !principal_known || claim.negated) {
      a.note = "the records do not say whom " + aide->name + " served then";
      return a;
    }
    std::string holders;
    for (const RelationStep& r : served) {
      a.evidence.push_back(step_evidence(ctx, r));
      for (const Entity* p : ctx.kb.holders_of(ctx.kb.entities()[r.to].id))
        for (const RelationStep& h : holds_at(graph, ctx.kb.index_of(*p), when->period))
          if (h.to == r.to && holders.find(p->name) == std::string::npos)
            holders += (holders.empty() ? "" : " or ") + p->name;
    }
    for (const RelationStep& h : held) a.evidence.insert(a.evidence.begin(), step_evidence(ctx, h));
    if (holders.empty()) {
      a.note = "the records hold nobody in the office " + aide->name + " served then";
      a.evidence.clear();
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.expected = holders;
    a.found = principal->name;
    a.message = render_template(message_, {{"person.name", aide->name},
                                           {"principal.name", principal->name},
                                           {"fact.value", holders}});
    return a;
  }

  // The person's holds-edges (positions) that hold throughout `at`.
  static std::vector<RelationStep> holds_at(const RelationGraph& graph, std::size_t person,
                                            const Period& at) {
    std::vector<RelationStep> out;
    for (const RelationStep& s : graph.edges_from(person, Relation::kHolds))
      if ((!s.start || s.start->last_day() < at.begin()) &&
          (!s.end || s.end->first_day() >= at.last()))
        out.push_back(s);
    return out;
  }

  Assessment capital(const Claim& claim, const CheckContext& ctx, const RelationGraph& graph,
                     const Entity& place, const Entity& country, std::size_t from,
                     std::size_t to) const {
    Assessment a;
    a.subject = country.id;
    auto when = claim_time(claim, ctx);
    std::optional<Period> at;
    if (when) at = when->period;
    if (when) a.judged_at = describe_claim_time(*when);
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
  // {place} for capital and located_in, {person} and {person:principal} for serves.
  std::vector<std::string> required_slots() const override { return {}; }
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
      } else if (key == "relation" && value == "serves") {
        asserted = Asserted::kServes;
      } else {
        *error = "unknown check option '" + key + ": " + value +
                 "' for relationship (expected relation: capital, located_in or serves)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed =
        asserted == Asserted::kServes
            ? std::set<std::string>{"person.name", "principal.name", "fact.value"}
            : std::set<std::string>{"place.name", "whole.name", "fact.value"};
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
