// Patches: parsed beside entities by the loader, applied by KnowledgeBase::load per layer.
#include "knowledge/patch.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace factlint {

namespace {

SourcePosition at(const std::string& path, const YAML::Mark& mark) {
  if (mark.is_null()) return {path, 0, 0};
  return {path, mark.line + 1, mark.column + 1};
}

std::optional<std::vector<std::string>> string_list(const YAML::Node& node, const std::string& key,
                                                    const std::string& path, Diagnostics& diags) {
  std::vector<std::string> out;
  if (node.IsScalar()) return std::vector<std::string>{node.Scalar()};
  if (!node.IsSequence()) {
    diags.error(at(path, node.Mark()), "patch: '" + key + "' must be a list of strings");
    return std::nullopt;
  }
  for (const YAML::Node& item : node) {
    if (!item.IsScalar()) {
      diags.error(at(path, item.Mark()), "patch: '" + key + "' must be a list of strings");
      return std::nullopt;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

}  // namespace

bool is_patch(const YAML::Node& item) {
  return item.IsMap() && item["patch"];
}

std::optional<EntityPatch> parse_patch(const YAML::Node& item, const std::string& path,
                                       const std::optional<FuzzyDate>& as_of, Diagnostics& diags) {
  EntityPatch p;
  p.as_of = as_of;
  const YAML::Node& id = item["patch"];
  p.where = at(path, id.Mark());
  if (!id.IsScalar() || id.Scalar().empty()) {
    diags.error(p.where, "patch: expected the id of an entity, e.g. 'patch: keir-starmer'");
    return std::nullopt;
  }
  p.id = id.Scalar();
  bool ok = true;
  for (auto kv : item) {
    std::string key = kv.first.Scalar();
    const YAML::Node& value = kv.second;
    SourcePosition pos = at(path, kv.first.Mark());
    if (key == "patch") continue;
    if (key == "aliases" || key == "sources") {
      auto list = string_list(value, key, path, diags);
      if (!list) return std::nullopt;
      (key == "aliases" ? p.aliases : p.sources) = *list;
    } else if (key == "close") {
      if (!value.IsSequence()) {
        diags.error(pos,
                    "patch: 'close' must be a list of {office|organization|place: id, end: "
                    "date}");
        return std::nullopt;
      }
      for (const YAML::Node& c : value) {
        EntityPatch::Close close;
        close.where = at(path, c.Mark());
        std::optional<FuzzyDate> end;
        for (auto ckv : c) {
          std::string ckey = ckv.first.Scalar();
          std::string cvalue = ckv.second.IsScalar() ? ckv.second.Scalar() : "";
          if (ckey == "office" || ckey == "organization" || ckey == "place" || ckey == "member")
            close.ref = cvalue;
          else if (ckey == "end")
            end = FuzzyDate::parse(cvalue);
          else if (ckey == "source")
            close.source = cvalue;
          else {
            diags.error(at(path, ckv.first.Mark()), "patch: unknown key '" + ckey +
                                                        "' in 'close' (expected office, "
                                                        "organization, place, end, source)");
            ok = false;
          }
        }
        if (close.ref.empty() || !end) {
          diags.error(close.where,
                      "patch: each 'close' entry needs the id whose term ends and "
                      "an 'end' date (YYYY, YYYY-MM or YYYY-MM-DD)");
          return std::nullopt;
        }
        close.end = end;
        p.closes.push_back(std::move(close));
      }
    } else {
      diags.error(pos, "patch: unknown key '" + key + "' (a patch takes close, aliases, sources)");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return p;
}

void apply_patch(const EntityPatch& patch, Entity& e, Diagnostics& diags) {
  for (const std::string& alias : patch.aliases)
    if (std::find(e.aliases.begin(), e.aliases.end(), alias) == e.aliases.end())
      e.aliases.push_back(alias);
  for (const std::string& source : patch.sources)
    if (std::find(e.sources.begin(), e.sources.end(), source) == e.sources.end())
      e.sources.push_back(source);
  for (const EntityPatch::Close& close : patch.closes) {
    bool closed = false;
    for (std::vector<Term>* terms : {&e.positions, &e.members, &e.capitals})
      for (Term& t : *terms)
        if (t.ref == close.ref && !t.end) {
          t.end = close.end;
          if (!close.source.empty()) t.source = close.source;
          t.where = close.where;
          closed = true;
        }
    if (!closed)
      diags.error(close.where, "patch " + patch.id + ": no open term of '" + close.ref +
                                   "' to close (defined at " + e.where.str() + ")");
  }
  if (patch.as_of && (!e.as_of || e.as_of->last_day() < patch.as_of->last_day()))
    e.as_of = patch.as_of;
}

}  // namespace factlint
