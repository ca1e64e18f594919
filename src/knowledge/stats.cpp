// Knowledge-base statistics: counts by type, facts, sourced fraction, as_of dates.
#include "knowledge/stats.h"

namespace factlint {

namespace {

int count_facts(const Entity& e) {
  int n = 0;
  for (bool has : {e.born.has_value(), e.died.has_value(), e.start.has_value(), e.end.has_value(),
                   e.date.has_value(), e.founded.has_value(), e.deaths.has_value(),
                   !e.winner.empty(), !e.part_of.empty(), !e.country.empty()})
    n += has ? 1 : 0;
  n += static_cast<int>(e.positions.size() + e.members.size() + e.capitals.size() +
                        e.former_names.size());
  return n;
}

}  // namespace

KnowledgeStats knowledge_stats(const KnowledgeBase& kb) {
  KnowledgeStats s;
  s.entities = kb.entities().size();
  s.files = kb.files().size();
  int sourced = 0;
  for (const Entity& e : kb.entities()) {
    ++s.by_type[entity_type_name(e.type)];
    s.as_of[e.as_of ? e.as_of->iso() : "none"]++;
    s.facts += count_facts(e);
    if (!e.sources.empty()) ++sourced;
  }
  if (s.entities > 0) s.sourced = double(sourced) / double(s.entities);
  return s;
}

}  // namespace factlint
