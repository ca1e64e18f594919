// Entity: one record of the knowledge base (a country, place, person, office, organization or
// event), with every fact's position in its YAML file so findings can cite it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/fuzzy_date.h"

namespace factlint {

enum class EntityType { kCountry, kPlace, kPerson, kOffice, kOrganization, kEvent };

const char* entity_type_name(EntityType type);
std::optional<EntityType> parse_entity_type(std::string_view name);

// A dated link from an entity to another: a person's position, an organization's member, a
// country's capital, a former name.
struct Term {
  std::string ref;  // the other entity's id (office, country, place), or a name for former_names
  std::optional<FuzzyDate> start;
  std::optional<FuzzyDate> end;
  bool acting = false;
  std::string status;  // memberships: member, observer, partner, suspended
  std::string source;  // overrides the entity's sources when set
  SourcePosition where;
};

// A count with the spread reputable sources give: exact when min == max.
struct CountRange {
  long long min = 0;
  long long max = 0;
};

// How many of an event's dead belong to a group news names by its own noun ("13 U.S. service
// members" among the dead of a bombing): a count of that group is compared with this, never with
// the whole toll.
struct GroupCount {
  std::vector<std::string> nouns;  // "service members", "troops" (plural forms)
  std::string country;             // the group's nationality, if it has one ("American troops")
  CountRange count;
  SourcePosition where;
};

struct Entity {
  std::string id;
  EntityType type = EntityType::kEvent;
  std::string name;
  std::string wikidata;
  std::string description;
  std::vector<std::string> aliases;
  std::vector<std::string> descriptors;
  std::vector<std::string> sources;
  std::optional<FuzzyDate> as_of;  // from the file; bounds open facts

  // country
  std::string iso2, iso3;
  std::vector<std::string> demonyms;
  std::vector<Term> capitals;
  std::vector<Term> former_names;
  // place, office: the country it belongs to; office: or the organization
  std::string country;
  std::string organization;
  std::string located_in;
  // place: one of the parts its parent (located_in, else country) is divided into, which do
  // not overlap one another: a constituent country, a state, a province
  bool division = false;
  // office
  std::string role;
  std::string reports_to;  // the office it serves: an envoy's president
  int seats = 1;
  std::vector<std::string> titles;
  // Former holders keep the bare title by courtesy: Americans still say "President Trump" of a
  // former president, so the bare title on one is no claim of office.
  bool courtesy_title = false;
  // person
  std::optional<FuzzyDate> born, died;
  std::vector<Term> positions;
  // organization
  std::optional<FuzzyDate> founded;
  std::vector<Term> members;
  // event
  std::string category;
  std::string part_of;
  std::optional<FuzzyDate> start, end, date;
  std::vector<std::string> participants;
  std::vector<std::string> location;
  std::optional<CountRange> deaths;
  std::vector<GroupCount> deaths_among;
  std::string winner;

  SourcePosition where;                           // the entity's `id:` line
  std::map<std::string, SourcePosition> fact_at;  // key ("start", "born", ...) -> its line

  // The first source URL, for citations.
  const std::string& primary_source() const;
  // Where a fact was written; the entity itself when the key is unknown.
  const SourcePosition& position_of(const std::string& key) const;
};

}  // namespace factlint
