// Loader: one YAML file at a time; schema checks that need no other entity happen here.
#include "knowledge/loader.h"

#include <yaml-cpp/yaml.h>

#include <re2/re2.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "core/yaml_error.h"

namespace factlint {

namespace fs = std::filesystem;

namespace {

const std::set<std::string>& common_keys() {
  static const std::set<std::string> k = {"id",      "type",        "name",    "wikidata",
                                          "aliases", "descriptors", "sources", "description"};
  return k;
}

const std::set<std::string>& keys_for(EntityType type) {
  static const std::map<EntityType, std::set<std::string>> k = {
      {EntityType::kCountry, {"iso2", "iso3", "demonyms", "capital", "former_names"}},
      {EntityType::kPlace, {"country", "located_in", "division"}},
      {EntityType::kPerson, {"born", "died", "positions", "country", "citizenship"}},
      {EntityType::kOffice,
       {"country", "organization", "role", "seats", "titles", "reports_to", "courtesy_title"}},
      {EntityType::kOrganization, {"founded", "dissolved", "members", "country"}},
      {EntityType::kEvent,
       {"category", "part_of", "start", "end", "date", "participants", "location", "deaths",
        "deaths_among", "winner"}},
  };
  return k.at(type);
}

class FileParser {
 public:
  FileParser(std::string path, Diagnostics& diags, std::vector<EntityPatch>* patches)
      : path_(std::move(path)), diags_(diags), patches_(patches) {}

  std::vector<Entity> parse(const std::string& text) {
    std::vector<Entity> out;
    YAML::Node root;
    try {
      root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
      diags_.error(at(e.mark), "YAML syntax error: " + yaml_error_text(e));
      return out;
    }
    if (!root || root.IsNull()) return out;  // an empty file holds no entities
    YAML::Node list = root;
    if (root.IsMap()) {
      for (auto kv : root) {
        std::string key = kv.first.Scalar();
        if (key != "as_of" && key != "entities")
          diags_.error(at(kv.first.Mark()),
                       "unknown top-level key '" + key + "' (expected as_of and entities)");
      }
      if (root["as_of"]) as_of_ = date(root["as_of"], "as_of");
      list = root["entities"];
      if (!list) {
        diags_.error(at(root.Mark()), "a mapping file needs an 'entities:' list");
        return out;
      }
    }
    if (!list.IsSequence()) {
      diags_.error(at(list.Mark()), "expected a list of entities");
      return out;
    }
    for (const YAML::Node& item : list) {
      if (is_patch(item)) {
        if (!patches_) {
          diags_.error(at(item.Mark()),
                       "a patch changes an entity of a lower layer: load this "
                       "file with --knowledge (or knowledge: in .factlint.yaml)");
          continue;
        }
        if (auto p = parse_patch(item, path_, as_of_, diags_)) patches_->push_back(std::move(*p));
        continue;
      }
      if (auto e = entity(item)) out.push_back(std::move(*e));
    }
    return out;
  }

 private:
  SourcePosition at(const YAML::Mark& mark) const {
    if (mark.is_null()) return {path_, 0, 0};
    return {path_, mark.line + 1, mark.column + 1};
  }

  std::string scalar(const YAML::Node& node, const char* what) {
    if (!node.IsScalar()) {
      diags_.error(at(node.Mark()), std::string("'") + what + "' must be a single value");
      return {};
    }
    return node.Scalar();
  }

  std::optional<FuzzyDate> date(const YAML::Node& node, const char* what) {
    std::string text = scalar(node, what);
    if (text.empty()) return std::nullopt;
    auto d = FuzzyDate::parse(text);
    if (!d)
      diags_.error(at(node.Mark()), std::string("malformed date '") + text + "' for '" + what +
                                        "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    return d;
  }

  std::vector<std::string> strings(const YAML::Node& node, const char* what) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
    } else if (node.IsSequence()) {
      for (const YAML::Node& item : node) {
        std::string s = scalar(item, what);
        if (!s.empty()) out.push_back(std::move(s));
      }
    } else {
      diags_.error(at(node.Mark()), std::string("'") + what + "' must be a list of strings");
    }
    return out;
  }

  void check_order(const std::optional<FuzzyDate>& start, const std::optional<FuzzyDate>& end,
                   const YAML::Node& end_node, const std::string& what) {
    if (start && end && end->last_day() < start->first_day())
      diags_.error(at(end_node.Mark()),
                   what + " ends (" + end->iso() + ") before it starts (" + start->iso() + ")");
  }

  // A list of dated links; `ref_keys` names the key(s) holding the linked id.
  std::vector<Term> terms(const YAML::Node& node, const char* what,
                          std::initializer_list<const char*> ref_keys, bool allow_scalar) {
    std::vector<Term> out;
    if (allow_scalar && node.IsScalar()) {
      Term t;
      t.ref = node.Scalar();
      t.where = at(node.Mark());
      out.push_back(t);
      return out;
    }
    if (!node.IsSequence()) {
      diags_.error(at(node.Mark()), std::string("'") + what + "' must be a list");
      return out;
    }
    for (const YAML::Node& item : node) {
      Term t;
      t.where = at(item.Mark());
      if (allow_scalar && item.IsScalar()) {
        t.ref = item.Scalar();
        out.push_back(t);
        continue;
      }
      if (!item.IsMap()) {
        diags_.error(at(item.Mark()),
                     std::string("each entry of '") + what + "' must be a mapping");
        continue;
      }
      YAML::Node end_node;
      for (auto kv : item) {
        std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        if (std::find_if(ref_keys.begin(), ref_keys.end(),
                         [&](const char* k) { return key == k; }) != ref_keys.end()) {
          t.ref = scalar(v, key.c_str());
        } else if (key == "start") {
          t.start = date(v, "start");
        } else if (key == "end") {
          t.end = date(v, "end");
          end_node = v;
        } else if (key == "acting") {
          t.acting = scalar(v, "acting") == "true";
        } else if (key == "status") {
          t.status = scalar(v, "status");
        } else if (key == "source") {
          t.source = scalar(v, "source");
        } else if (key == "note") {
          // free text for maintainers
        } else {
          diags_.warning(at(kv.first.Mark()),
                         "unknown key '" + key + "' in '" + what + "' (ignored)");
        }
      }
      if (t.ref.empty()) {
        diags_.error(t.where,
                     std::string("an entry of '") + what + "' needs '" + *ref_keys.begin() + "'");
        continue;
      }
      if (end_node) check_order(t.start, t.end, end_node, std::string("this ") + what + " entry");
      out.push_back(std::move(t));
    }
    return out;
  }

  std::optional<CountRange> count(const YAML::Node& node) {
    auto parse_int = [&](const YAML::Node& n) -> std::optional<long long> {
      std::string s = scalar(n, "deaths");
      if (s.empty() ||
          !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        diags_.error(at(n.Mark()), "'deaths' must be a whole number, got '" + s + "'");
        return std::nullopt;
      }
      // No toll comes near a billion: longer digit strings are typos, and would overflow.
      if (s.size() > 12) {
        diags_.error(at(n.Mark()), "'deaths' is out of range, got '" + s + "'");
        return std::nullopt;
      }
      return std::stoll(s);
    };
    if (node.IsScalar()) {
      auto v = parse_int(node);
      if (!v) return std::nullopt;
      return CountRange{*v, *v};
    }
    if (node.IsMap() && node["min"] && node["max"]) {
      auto lo = parse_int(node["min"]);
      auto hi = parse_int(node["max"]);
      if (!lo || !hi) return std::nullopt;
      if (*hi < *lo) {
        diags_.error(at(node.Mark()), "'deaths' max is below min");
        return std::nullopt;
      }
      return CountRange{*lo, *hi};
    }
    diags_.error(at(node.Mark()), "'deaths' must be a number or {min: N, max: N}");
    return std::nullopt;
  }

  // deaths_among: [{group: [service members, troops], country: united-states, count: 13}]
  std::vector<GroupCount> group_counts(const YAML::Node& node) {
    std::vector<GroupCount> out;
    if (!node.IsSequence()) {
      diags_.error(at(node.Mark()), "'deaths_among' must be a list");
      return out;
    }
    for (const YAML::Node& item : node) {
      GroupCount g;
      g.where = at(item.Mark());
      if (!item.IsMap() || !item["group"] || !item["count"]) {
        diags_.error(g.where, "each entry of 'deaths_among' needs 'group' and 'count'");
        continue;
      }
      bool valid = true;
      for (auto kv : item) {
        std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        if (key == "group") {
          g.nouns = strings(v, "group");
        } else if (key == "country") {
          g.country = scalar(v, "country");
        } else if (key == "count") {
          auto c = count(v);
          valid = valid && c.has_value();
          if (c) g.count = *c;
        } else if (key != "source" && key != "note") {
          diags_.warning(at(kv.first.Mark()),
                         "unknown key '" + key + "' in 'deaths_among' (ignored)");
        }
      }
      if (valid && !g.nouns.empty()) out.push_back(std::move(g));
    }
    return out;
  }

  std::optional<Entity> entity(const YAML::Node& node) {
    if (!node.IsMap()) {
      diags_.error(at(node.Mark()), "each entity must be a mapping");
      return std::nullopt;
    }
    static const RE2 kIdShape("[a-z0-9]+(-[a-z0-9]+)*");
    static const RE2 kQid("Q[1-9][0-9]*");
    Entity e;
    e.where = at(node.Mark());
    e.as_of = as_of_;
    YAML::Node id = node["id"];
    YAML::Node type = node["type"];
    if (!id) {
      diags_.error(e.where, "entity without 'id'");
      return std::nullopt;
    }
    e.id = scalar(id, "id");
    e.where = at(id.Mark());
    if (!RE2::FullMatch(e.id, kIdShape)) {
      diags_.error(at(id.Mark()), "id '" + e.id + "' is not a slug (lower-case words joined by -)");
      return std::nullopt;
    }
    if (!type) {
      diags_.error(e.where, "entity '" + e.id + "' has no 'type'");
      return std::nullopt;
    }
    auto parsed_type = parse_entity_type(scalar(type, "type"));
    if (!parsed_type) {
      diags_.error(at(type.Mark()),
                   "unknown type '" + type.Scalar() + "' for '" + e.id +
                       "' (expected country, place, person, office, organization or event)");
      return std::nullopt;
    }
    e.type = *parsed_type;
    const std::set<std::string>& specific = keys_for(e.type);
    YAML::Node start_node, end_node;
    for (auto kv : node) {
      std::string key = kv.first.Scalar();
      const YAML::Node& v = kv.second;
      SourcePosition pos = at(kv.first.Mark());
      // yaml-cpp keeps the last of repeated keys; a repeat is almost always a lost "- id:" line
      // that merged two entities into one.
      if (e.fact_at.count(key)) {
        diags_.error(pos, "duplicate key '" + key + "' in entity '" + e.id + "' (first at line " +
                              std::to_string(e.fact_at[key].line) +
                              "; is a '- id:' line missing?)");
        return std::nullopt;
      }
      if (!common_keys().count(key) && !specific.count(key)) {
        diags_.warning(
            pos, "unknown key '" + key + "' for a " + entity_type_name(e.type) + " (ignored)");
        continue;
      }
      e.fact_at[key] = pos;
      if (key == "id" || key == "type") continue;
      if (key == "name")
        e.name = scalar(v, "name");
      else if (key == "wikidata") {
        e.wikidata = scalar(v, "wikidata");
        if (!RE2::FullMatch(e.wikidata, kQid))
          diags_.error(at(v.Mark()),
                       "wikidata '" + e.wikidata + "' is not a QID (Q followed by digits)");
      } else if (key == "description")
        e.description = scalar(v, "description");
      else if (key == "aliases")
        e.aliases = strings(v, "aliases");
      else if (key == "descriptors")
        e.descriptors = strings(v, "descriptors");
      else if (key == "sources")
        e.sources = strings(v, "sources");
      else if (key == "iso2")
        e.iso2 = scalar(v, "iso2");
      else if (key == "iso3")
        e.iso3 = scalar(v, "iso3");
      else if (key == "demonyms")
        e.demonyms = strings(v, "demonyms");
      else if (key == "capital")
        e.capitals = terms(v, "capital", {"place"}, true);
      else if (key == "former_names")
        e.former_names = terms(v, "former_names", {"name"}, true);
      else if (key == "country")
        e.country = scalar(v, "country");
      else if (key == "citizenship") {
        // informative only
      } else if (key == "organization")
        e.organization = scalar(v, "organization");
      else if (key == "located_in")
        e.located_in = scalar(v, "located_in");
      else if (key == "division") {
        std::string d = scalar(v, "division");
        if (d != "true" && d != "false")
          diags_.error(at(v.Mark()), "'division' must be true or false");
        e.division = d == "true";
      } else if (key == "courtesy_title") {
        std::string c = scalar(v, "courtesy_title");
        if (c != "true" && c != "false")
          diags_.error(at(v.Mark()), "'courtesy_title' must be true or false");
        e.courtesy_title = c == "true";
      } else if (key == "reports_to")
        e.reports_to = scalar(v, "reports_to");
      else if (key == "role")
        e.role = scalar(v, "role");
      else if (key == "seats") {
        std::string s = scalar(v, "seats");
        e.seats = (s.size() == 1 && s[0] >= '1' && s[0] <= '9') ? s[0] - '0' : 0;
        if (e.seats == 0) diags_.error(at(v.Mark()), "'seats' must be a number from 1 to 9");
      } else if (key == "titles")
        e.titles = strings(v, "titles");
      else if (key == "born")
        e.born = date(v, "born");
      else if (key == "died")
        e.died = date(v, "died");
      else if (key == "positions")
        e.positions = terms(v, "positions", {"office"}, false);
      else if (key == "founded")
        e.founded = date(v, "founded");
      else if (key == "dissolved")
        date(v, "dissolved");
      else if (key == "members")
        e.members = terms(v, "members", {"country", "organization", "member"}, false);
      else if (key == "category")
        e.category = scalar(v, "category");
      else if (key == "part_of")
        e.part_of = scalar(v, "part_of");
      else if (key == "start") {
        e.start = date(v, "start");
        start_node = v;
      } else if (key == "end") {
        e.end = date(v, "end");
        end_node = v;
      } else if (key == "date")
        e.date = date(v, "date");
      else if (key == "participants")
        e.participants = strings(v, "participants");
      else if (key == "location")
        e.location = strings(v, "location");
      else if (key == "deaths")
        e.deaths = count(v);
      else if (key == "deaths_among")
        e.deaths_among = group_counts(v);
      else if (key == "winner")
        e.winner = scalar(v, "winner");
    }
    if (e.name.empty()) diags_.error(e.where, "entity '" + e.id + "' has no 'name'");
    if (e.sources.empty())
      diags_.error(e.where, "entity '" + e.id + "' has no 'sources' (every fact needs a source)");
    // A URL with a comma, unquoted in a flow list, is split by YAML into two broken items.
    for (const std::string& url : e.sources)
      if (url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
        diags_.error(e.position_of("sources"),
                     "'" + e.id + "': source '" + url +
                         "' is not a URL (quote a URL that holds a comma: \"https://...,_...\")");
    if (end_node) check_order(e.start, e.end, end_node, "'" + e.id + "'");
    if (e.born && e.died && e.died->last_day() < e.born->first_day())
      diags_.error(e.position_of("died"), "'" + e.id + "' died before being born");
    for (const GroupCount& g : e.deaths_among)
      if (e.deaths && g.count.min > e.deaths->max)
        diags_.error(g.where,
                     "a group in 'deaths_among' of '" + e.id + "' counts more dead than 'deaths'");
    if (e.date && (e.start || e.end))
      diags_.error(e.position_of("date"), "'" + e.id + "' has both 'date' and 'start'/'end'");
    return e;
  }

  std::string path_;
  Diagnostics& diags_;
  std::vector<EntityPatch>* patches_;
  std::optional<FuzzyDate> as_of_;
};

}  // namespace

std::vector<Entity> load_knowledge_text(const std::string& text, const std::string& display_path,
                                        Diagnostics& diags, std::vector<EntityPatch>* patches) {
  return FileParser(display_path, diags, patches).parse(text);
}

std::optional<std::string> read_knowledge_file(const std::string& path, Diagnostics& diags) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  if (in) buf << in.rdbuf();
  if (!in) {
    diags.error({path, 0, 0}, "cannot read knowledge-base file");
    return std::nullopt;
  }
  return buf.str();
}

std::vector<Entity> load_knowledge_file(const std::string& path, Diagnostics& diags,
                                        std::vector<EntityPatch>* patches) {
  std::optional<std::string> text = read_knowledge_file(path, diags);
  if (!text) return {};
  return load_knowledge_text(*text, path, diags, patches);
}

std::vector<std::string> collect_yaml_files(const std::string& path, Diagnostics& diags) {
  std::vector<std::string> out;
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (fs::is_regular_file(status)) return {path};
  if (!fs::is_directory(status)) {
    bool missing = !ec || ec == std::errc::no_such_file_or_directory;
    diags.error({path, 0, 0},
                missing ? "no such file or directory" : "cannot read: " + ec.message());
    return out;
  }
  for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    std::string ext = it->path().extension().string();
    if (ext != ".yaml" && ext != ".yml") continue;
    std::error_code entry_ec;
    if (it->is_regular_file(entry_ec)) {
      out.push_back(it->path().lexically_normal().string());
    } else if (entry_ec && entry_ec != std::errc::no_such_file_or_directory) {
      // A symlink loop named like a knowledge file (the non-throwing test: a throw here would
      // end the run without naming the file).
      diags.error({it->path().lexically_normal().string(), 0, 0},
                  "cannot read: " + entry_ec.message());
    }
  }
  if (ec) diags.error({path, 0, 0}, "cannot walk directory: " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace factlint
