// Wikidata import: two input formats, one entity model, one YAML emitter.
#include "knowledge/wikidata_import.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.h"
#include "knowledge/knowledge_base.h"

namespace factlint {

namespace {

using nlohmann::json;

const std::string kEntityPrefix = "http://www.wikidata.org/entity/";

std::string qid_from_uri(const std::string& uri) {
  if (uri.rfind(kEntityPrefix, 0) == 0) return uri.substr(kEntityPrefix.size());
  return uri;
}

std::string wikidata_url(const std::string& qid) {
  return "https://www.wikidata.org/wiki/" + qid;
}

std::string slug(const std::string& name) {
  std::string out;
  for (unsigned char c : name) {
    if (is_ascii_alpha(static_cast<char>(c)) || is_ascii_digit(static_cast<char>(c))) {
      out += static_cast<char>(is_ascii_upper(static_cast<char>(c)) ? c - 'A' + 'a' : c);
    } else if (c < 0x80 && !out.empty() && out.back() != '-') {
      out += '-';
    }  // non-ASCII letters are dropped: ids are ASCII slugs
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// "+1952-10-07T00:00:00Z" or "1952-10-07T00:00:00Z" at a Wikidata precision.
std::optional<FuzzyDate> wikidata_time(std::string value, std::optional<int> precision) {
  if (!value.empty() && (value[0] == '+' || value[0] == '-')) {
    if (value[0] == '-') return std::nullopt;  // BCE dates are outside news
    value.erase(0, 1);
  }
  if (value.size() < 10) return std::nullopt;
  int year = std::atoi(value.substr(0, 4).c_str());
  int month = std::atoi(value.substr(5, 2).c_str());
  int day = std::atoi(value.substr(8, 2).c_str());
  if (!precision) {
    // Without the precision the padding is indistinguishable from a real 1 January: keep only
    // what cannot be padding.
    precision = (month == 1 && day == 1) ? 9 : 11;
  }
  if (*precision >= 11) return FuzzyDate::from_parts(year, month, day);
  if (*precision == 10) return FuzzyDate::from_parts(year, month);
  if (*precision == 9) return FuzzyDate::from_parts(year);
  return std::nullopt;  // decade, century: too coarse for a fact
}

class Importer {
 public:
  Importer(const std::string& path, const KnowledgeBase* kb, Diagnostics& diags)
      : path_(path), kb_(kb), diags_(diags) {
    if (kb_)
      for (const Entity& e : kb_->entities())
        if (!e.wikidata.empty()) known_ids_.emplace(e.wikidata, e.id);
  }

  WikidataImport run(const std::string& text) {
    // JSON of another shape than expected (a top-level array of numbers, a string where an
    // object belongs) is a clear error for the file, not an abort.
    try {
      return run_checked(text);
    } catch (const json::exception& e) {
      diags_.error({path_, 1, 0},
                   std::string("not a Wikidata SPARQL result or entity dump: ") + e.what());
      return {};
    }
  }

 private:
  WikidataImport run_checked(const std::string& text) {
    std::string trimmed(trim(text));
    if (!trimmed.empty() && trimmed[0] == '{') {
      json root;
      try {
        root = json::parse(trimmed);
      } catch (const json::exception& e) {
        diags_.error({path_, 1, 0}, std::string("not valid JSON: ") + e.what());
        return {};
      }
      if (root.contains("head") && root.contains("results")) return sparql(root);
    }
    return dump_lines(text);
  }

  Entity& entity_for(const std::string& qid, const std::string& label) {
    auto it = by_qid_.find(qid);
    if (it != by_qid_.end()) return out_.entities[it->second];
    Entity e;
    e.wikidata = qid;
    e.name = label.empty() ? qid : label;
    auto known = known_ids_.find(qid);
    e.id = known != known_ids_.end() ? known->second : slug(e.name);
    if (e.id.empty()) e.id = slug(qid);
    e.sources.push_back(wikidata_url(qid));
    by_qid_.emplace(qid, out_.entities.size());
    out_.entities.push_back(std::move(e));
    return out_.entities.back();
  }

  std::string linked_id(const std::string& qid, const std::string& label) {
    auto known = known_ids_.find(qid);
    if (known != known_ids_.end()) return known->second;
    std::string s = slug(label);
    return s.empty() ? slug(qid) : s;
  }

  static void add_unique(std::vector<std::string>& list, const std::string& value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
      list.push_back(value);
  }

  static void add_term(std::vector<Term>& terms, Term t) {
    for (const Term& x : terms)
      if (x.ref == t.ref && x.start == t.start && x.end == t.end) return;
    terms.push_back(std::move(t));
  }

  // --- SPARQL JSON results (W3C format) ---
  WikidataImport sparql(const json& root) {
    int row = 0;
    // at(), not operator[]: a const operator[] on a missing key is undefined behaviour (an
    // assertion in a checked build); at() throws, and run() reports the file.
    for (const json& b : root.at("results").at("bindings")) {
      ++row;
      auto value = [&](const char* var) -> std::string {
        if (!b.contains(var)) return {};
        return b[var].value("value", "");
      };
      auto precision = [&](const std::string& var) -> std::optional<int> {
        std::string p = value((var + "Precision").c_str());
        if (p.empty()) return std::nullopt;
        return std::atoi(p.c_str());
      };
      auto date = [&](const char* var) { return wikidata_time(value(var), precision(var)); };
      std::string item = value("item");
      if (item.empty()) {
        diags_.error({path_, 0, 0}, "result row " + std::to_string(row) + " has no ?item");
        continue;
      }
      Entity& e = entity_for(qid_from_uri(item), value("itemLabel"));
      std::string type = value("type");
      if (auto t = parse_entity_type(type)) types_[e.wikidata] = *t;
      for (std::string alias : split_aliases(value("itemAltLabel"))) add_unique(e.aliases, alias);
      if (auto d = date("born")) e.born = d;
      if (auto d = date("died")) e.died = d;
      if (auto d = date("start")) e.start = d;
      if (auto d = date("end")) e.end = d;
      if (auto d = date("date")) e.date = d;
      std::string deaths = value("deaths");
      if (!deaths.empty()) {
        long long n = std::atoll(deaths.c_str());
        e.deaths = CountRange{n, n};
      }
      std::string source = value("source");
      if (!value("position").empty()) {
        Term t;
        t.ref = linked_id(qid_from_uri(value("position")), value("positionLabel"));
        t.start = date("positionStart");
        t.end = date("positionEnd");
        t.source = source;
        add_term(e.positions, std::move(t));
      } else if (!value("member").empty()) {
        // An organization's member (P463 of the member, or P527 of the organization).
        Term t;
        t.ref = linked_id(qid_from_uri(value("member")), value("memberLabel"));
        t.start = date("memberStart");
        t.end = date("memberEnd");
        t.source = source;
        add_term(e.members, std::move(t));
      } else {
        add_unique(e.sources, source);
      }
    }
    finish_types();
    return std::move(out_);
  }

  static std::vector<std::string> split_aliases(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream in(s);
    std::string part;
    while (std::getline(in, part, ',')) {
      std::string t(trim(part));
      if (!t.empty()) out.push_back(t);
    }
    return out;
  }

  // --- JSON dump: one entity per line, inside [ ... ] with trailing commas ---
  WikidataImport dump_lines(const std::string& text) {
    std::stringstream in(text);
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      std::string t(trim(line));
      if (t.empty() || t == "[" || t == "]") continue;
      if (t.back() == ',') t.pop_back();
      json item;
      try {
        item = json::parse(t);
      } catch (const json::exception& e) {
        diags_.error({path_, line_no, 1}, std::string("not a Wikidata JSON entity: ") + e.what());
        continue;
      }
      try {
        dump_entity(item, line_no);
      } catch (const json::exception& e) {
        diags_.error({path_, line_no, 1},
                     std::string("unexpected Wikidata entity JSON: ") + e.what());
      }
    }
    finish_types();
    return std::move(out_);
  }

  static std::optional<int> int_value(const json& j) {
    if (j.is_number_integer()) return j.get<int>();
    return std::nullopt;
  }

  // The value of a statement's main snak or a qualifier snak, for time and item types.
  static std::optional<FuzzyDate> snak_time(const json& snak) {
    if (!snak.contains("datavalue")) return std::nullopt;  // novalue / somevalue
    const json& v = snak.at("datavalue").at("value");
    if (!v.is_object() || !v.contains("time")) return std::nullopt;
    return wikidata_time(v.at("time").get<std::string>(), int_value(v.value("precision", json())));
  }

  static std::string snak_item(const json& snak) {
    if (!snak.contains("datavalue")) return {};
    const json& v = snak.at("datavalue").at("value");
    if (!v.is_object() || !v.contains("id")) return {};
    return v.at("id").get<std::string>();
  }

  static std::optional<FuzzyDate> qualifier_time(const json& statement, const char* property) {
    if (!statement.contains("qualifiers") || !statement.at("qualifiers").contains(property))
      return std::nullopt;
    for (const json& q : statement.at("qualifiers").at(property))
      if (auto d = snak_time(q)) return d;
    return std::nullopt;
  }

  static std::string reference_url(const json& statement) {
    if (!statement.contains("references")) return {};
    for (const json& ref : statement.at("references")) {
      if (!ref.contains("snaks") || !ref.at("snaks").contains("P854")) continue;
      for (const json& s : ref.at("snaks").at("P854"))
        if (s.contains("datavalue")) return s.at("datavalue").at("value").get<std::string>();
    }
    return {};
  }

  // Statements of a property, best rank first, deprecated ones left out.
  static std::vector<const json*> statements(const json& item, const char* property) {
    std::vector<const json*> out;
    if (!item.contains("claims") || !item.at("claims").contains(property)) return out;
    for (const json& s : item.at("claims").at(property))
      if (s.value("rank", "normal") != "deprecated") out.push_back(&s);
    std::stable_sort(out.begin(), out.end(), [](const json* a, const json* b) {
      return a->value("rank", "normal") == "preferred" && b->value("rank", "normal") != "preferred";
    });
    return out;
  }

  std::optional<FuzzyDate> first_time(const json& item, const char* property) {
    for (const json* s : statements(item, property))
      if (auto d = snak_time((*s).at("mainsnak"))) return d;
    return std::nullopt;
  }

  void dump_entity(const json& item, int line_no) {
    std::string qid = item.value("id", "");
    if (qid.empty() || qid[0] != 'Q') {
      diags_.warning({path_, line_no, 1}, "not an item (no Q id), skipped");
      return;
    }
    std::string label;
    if (item.contains("labels") && item.at("labels").contains("en"))
      label = item.at("labels").at("en").at("value").get<std::string>();
    Entity& e = entity_for(qid, label);
    e.where = {path_, line_no, 1};
    if (item.contains("aliases") && item.at("aliases").contains("en"))
      for (const json& a : item.at("aliases").at("en"))
        add_unique(e.aliases, a.at("value").get<std::string>());
    static const std::map<std::string, EntityType> kInstanceOf = {
        {"Q5", EntityType::kPerson},
        {"Q6256", EntityType::kCountry},
        {"Q3624078", EntityType::kCountry},
        {"Q515", EntityType::kPlace},
        {"Q5119", EntityType::kPlace},
        {"Q1549591", EntityType::kPlace},
        {"Q4164871", EntityType::kOffice},
        {"Q43229", EntityType::kOrganization},
        {"Q484652", EntityType::kOrganization},
        {"Q1190554", EntityType::kEvent},
        {"Q198", EntityType::kEvent},
        {"Q178561", EntityType::kEvent},
        {"Q40231", EntityType::kEvent},
        {"Q744913", EntityType::kEvent}};
    for (const json* s : statements(item, "P31")) {
      auto it = kInstanceOf.find(snak_item((*s).at("mainsnak")));
      if (it != kInstanceOf.end()) {
        types_[qid] = it->second;
        break;
      }
    }
    e.born = first_time(item, "P569");
    e.died = first_time(item, "P570");
    e.date = first_time(item, "P585");
    e.start = first_time(item, "P580");
    if (!e.start) e.start = first_time(item, "P571");
    e.end = first_time(item, "P582");
    if (!e.end) e.end = first_time(item, "P576");
    for (const json* s : statements(item, "P1120")) {
      const json& snak = (*s).at("mainsnak");
      if (!snak.contains("datavalue")) continue;
      std::string amount = snak.at("datavalue").at("value").value("amount", "");
      if (!amount.empty() && amount[0] == '+') amount.erase(0, 1);
      long long n = std::atoll(amount.c_str());
      e.deaths = CountRange{n, n};
      break;
    }
    for (const json* s : statements(item, "P39")) {
      std::string office = snak_item((*s).at("mainsnak"));
      if (office.empty()) continue;
      Term t;
      t.ref = linked_id(office, "");
      t.start = qualifier_time(*s, "P580");
      t.end = qualifier_time(*s, "P582");
      t.source = reference_url(*s);
      add_term(e.positions, std::move(t));
    }
    for (const json* s : statements(item, "P36")) {
      std::string capital = snak_item((*s).at("mainsnak"));
      if (capital.empty()) continue;
      Term t;
      t.ref = linked_id(capital, "");
      t.start = qualifier_time(*s, "P580");
      t.end = qualifier_time(*s, "P582");
      add_term(e.capitals, std::move(t));
    }
    for (const json* s : statements(item, "P17")) {
      std::string country = snak_item((*s).at("mainsnak"));
      if (!country.empty()) e.country = linked_id(country, "");
      break;
    }
  }

  // An entity's type: as stated, else from the facts it has.
  void finish_types() {
    for (Entity& e : out_.entities) {
      auto it = types_.find(e.wikidata);
      if (it != types_.end()) {
        e.type = it->second;
      } else if (e.born || e.died || !e.positions.empty()) {
        e.type = EntityType::kPerson;
      } else if (e.start || e.date || e.deaths) {
        e.type = EntityType::kEvent;
      } else {
        diags_.warning(e.where.file.empty() ? SourcePosition{path_, 0, 0} : e.where,
                       "cannot tell the type of " + e.wikidata + " (" + e.name +
                           "); written as an event: set ?type or edit the output");
        e.type = EntityType::kEvent;
      }
      if (e.type == EntityType::kOrganization && e.start && !e.founded) {
        e.founded = e.start;
        e.start.reset();
      }
    }
  }

  std::string path_;
  const KnowledgeBase* kb_;
  Diagnostics& diags_;
  std::map<std::string, std::string> known_ids_;
  std::map<std::string, std::size_t> by_qid_;
  std::map<std::string, EntityType> types_;
  WikidataImport out_;
};

void emit_term(YAML::Emitter& y, const Term& t, const char* key) {
  y << YAML::Flow << YAML::BeginMap << YAML::Key << key << YAML::Value << t.ref;
  if (t.start) y << YAML::Key << "start" << YAML::Value << t.start->iso();
  if (t.end) y << YAML::Key << "end" << YAML::Value << t.end->iso();
  if (!t.source.empty()) y << YAML::Key << "source" << YAML::Value << t.source;
  y << YAML::EndMap;
}

}  // namespace

WikidataImport import_wikidata(const std::string& text, const std::string& path,
                               const KnowledgeBase* existing, Diagnostics& diags) {
  return Importer(path, existing, diags).run(text);
}

std::string emit_knowledge_yaml(const std::vector<Entity>& entities,
                                const std::optional<FuzzyDate>& as_of) {
  YAML::Emitter y;
  y << YAML::BeginMap;
  if (as_of) y << YAML::Key << "as_of" << YAML::Value << as_of->iso();
  y << YAML::Key << "entities" << YAML::Value << YAML::BeginSeq;
  for (const Entity& e : entities) {
    y << YAML::BeginMap;
    y << YAML::Key << "id" << YAML::Value << e.id;
    y << YAML::Key << "type" << YAML::Value << entity_type_name(e.type);
    y << YAML::Key << "name" << YAML::Value << e.name;
    if (!e.wikidata.empty()) y << YAML::Key << "wikidata" << YAML::Value << e.wikidata;
    if (!e.aliases.empty()) y << YAML::Key << "aliases" << YAML::Value << YAML::Flow << e.aliases;
    auto date = [&](const char* key, const std::optional<FuzzyDate>& d) {
      if (d) y << YAML::Key << key << YAML::Value << d->iso();
    };
    date("born", e.born);
    date("died", e.died);
    date("founded", e.founded);
    date("start", e.start);
    date("end", e.end);
    date("date", e.date);
    if (!e.country.empty()) y << YAML::Key << "country" << YAML::Value << e.country;
    if (e.deaths) y << YAML::Key << "deaths" << YAML::Value << e.deaths->min;
    if (!e.positions.empty()) {
      y << YAML::Key << "positions" << YAML::Value << YAML::BeginSeq;
      for (const Term& t : e.positions) emit_term(y, t, "office");
      y << YAML::EndSeq;
    }
    if (!e.members.empty()) {
      y << YAML::Key << "members" << YAML::Value << YAML::BeginSeq;
      for (const Term& t : e.members) emit_term(y, t, "member");
      y << YAML::EndSeq;
    }
    if (!e.capitals.empty()) {
      y << YAML::Key << "capital" << YAML::Value << YAML::BeginSeq;
      for (const Term& t : e.capitals) emit_term(y, t, "place");
      y << YAML::EndSeq;
    }
    y << YAML::Key << "sources" << YAML::Value << YAML::Flow << e.sources;
    y << YAML::EndMap;
  }
  y << YAML::EndSeq << YAML::EndMap;
  return std::string(y.c_str()) + "\n";
}

}  // namespace factlint
