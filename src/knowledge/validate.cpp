// Knowledge-base validation across entities: references, dates, terms of office.
#include <algorithm>
#include <map>
#include <set>

#include "knowledge/knowledge_base.h"

namespace factlint {

namespace {

class Validator {
 public:
  Validator(const KnowledgeBase& kb, Diagnostics& diags) : kb_(kb), diags_(diags) {}

  void run() {
    for (const Entity& e : kb_.entities()) {
      check_references(e);
      if (e.type == EntityType::kPerson) check_person(e);
    }
    check_single_seat_offices();
    check_ambiguous_aliases();
  }

 private:
  void expect(const Entity& from, const std::string& id, const SourcePosition& where,
              std::initializer_list<EntityType> types, const char* what) {
    if (id.empty()) return;
    const Entity* target = kb_.find(id);
    if (!target) {
      diags_.error(where,
                   std::string(what) + " of '" + from.id + "' refers to unknown id '" + id + "'");
      return;
    }
    if (std::find(types.begin(), types.end(), target->type) == types.end())
      diags_.error(where, std::string(what) + " of '" + from.id + "' refers to '" + id + "', a " +
                              entity_type_name(target->type));
  }

  void check_references(const Entity& e) {
    using T = EntityType;
    expect(e, e.country, e.position_of("country"), {T::kCountry}, "country");
    expect(e, e.organization, e.position_of("organization"), {T::kOrganization}, "organization");
    expect(e, e.located_in, e.position_of("located_in"), {T::kPlace, T::kCountry}, "located_in");
    expect(e, e.part_of, e.position_of("part_of"), {T::kEvent}, "part_of");
    expect(e, e.reports_to, e.position_of("reports_to"), {T::kOffice}, "reports_to");
    expect(e, e.winner, e.position_of("winner"), {T::kPerson, T::kOrganization}, "winner");
    for (const std::string& p : e.participants)
      expect(e, p, e.position_of("participants"), {T::kCountry, T::kOrganization, T::kPerson},
             "participants");
    for (const std::string& l : e.location)
      expect(e, l, e.position_of("location"), {T::kCountry, T::kPlace}, "location");
    for (const GroupCount& g : e.deaths_among)
      expect(e, g.country, g.where, {T::kCountry}, "deaths_among country");
    for (const Term& t : e.capitals) expect(e, t.ref, t.where, {T::kPlace}, "capital");
    for (const Term& t : e.positions) expect(e, t.ref, t.where, {T::kOffice}, "position");
    for (const Term& t : e.members)
      expect(e, t.ref, t.where, {T::kCountry, T::kOrganization}, "member");
  }

  void check_person(const Entity& e) {
    for (const Term& t : e.positions) {
      if (e.born && t.start && t.start->last_day() < e.born->first_day())
        diags_.error(t.where, "'" + e.id + "' holds '" + t.ref + "' from " + t.start->iso() +
                                  ", before being born (" + e.born->iso() + ")");
      if (e.died && t.start && t.start->first_day() > e.died->last_day())
        diags_.error(t.where, "'" + e.id + "' takes '" + t.ref + "' on " + t.start->iso() +
                                  ", after dying (" + e.died->iso() + ")");
      if (e.died && t.end && t.end->first_day() > e.died->last_day())
        diags_.error(t.where, "'" + e.id + "' leaves '" + t.ref + "' on " + t.end->iso() +
                                  ", after dying (" + e.died->iso() + ")");
    }
  }

  // Two holders of a single-seat office whose terms overlap by more than the hand-over day.
  void check_single_seat_offices() {
    struct Holder {
      const Entity* person;
      const Term* term;
    };
    std::unordered_map<std::string, std::vector<Holder>> by_office;
    for (const Entity& e : kb_.entities())
      for (const Term& t : e.positions)
        if (!t.acting && t.start) by_office[t.ref].push_back({&e, &t});
    for (auto& [office_id, holders] : by_office) {
      const Entity* office = kb_.find(office_id);
      if (!office || office->seats != 1) continue;
      std::sort(holders.begin(), holders.end(), [](const Holder& a, const Holder& b) {
        return a.term->start->first_day() < b.term->start->first_day();
      });
      for (std::size_t i = 1; i < holders.size(); ++i) {
        const Holder& prev = holders[i - 1];
        const Holder& cur = holders[i];
        if (!prev.term->end) {
          if (prev.person != cur.person)
            diags_.error(cur.term->where, "'" + office_id + "' is held by '" + prev.person->id +
                                              "' with no end date when '" + cur.person->id +
                                              "' takes it on " + cur.term->start->iso());
          continue;
        }
        // Terms may share the hand-over day; anything longer is an overlap.
        if (cur.term->start->first_day() < prev.term->end->first_day())
          diags_.error(cur.term->where, "'" + office_id + "': the term of '" + cur.person->id +
                                            "' from " + cur.term->start->iso() +
                                            " overlaps that of '" + prev.person->id + "' ending " +
                                            prev.term->end->iso());
      }
    }
  }

  // A name given to entities of different types (a country and a person, say) makes every
  // mention ambiguous; the same name for several events is fine (any candidate may agree).
  void check_ambiguous_aliases() {
    std::map<std::string, std::vector<const Entity*>> by_name;
    for (const Entity& e : kb_.entities()) {
      for (const std::string& a : e.aliases) by_name[a].push_back(&e);
      by_name[e.name].push_back(&e);
    }
    for (const auto& [name, entities] : by_name) {
      std::set<EntityType> types;
      for (const Entity* e : entities) types.insert(e->type);
      if (types.size() < 2) continue;
      std::string list;
      for (const Entity* e : entities)
        list += (list.empty() ? "" : ", ") + e->id + " (" + entity_type_name(e->type) + ")";
      diags_.warning(entities.back()->where,
                     "the name '" + name + "' is given to entities of different types: " + list +
                         "; mentions of it are ambiguous");
    }
  }

  const KnowledgeBase& kb_;
  Diagnostics& diags_;
};

}  // namespace

void validate_knowledge_base(const KnowledgeBase& kb, Diagnostics& diags) {
  Validator(kb, diags).run();
}

}  // namespace factlint
