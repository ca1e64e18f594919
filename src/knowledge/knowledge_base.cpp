// KnowledgeBase: loading layers, merging by id, and building the name index once.
#include "knowledge/knowledge_base.h"

#include <unordered_set>

#include "core/text.h"
#include "knowledge/compiled.h"
#include "knowledge/loader.h"

namespace factlint {

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kCountry:
      return "country";
    case EntityType::kPlace:
      return "place";
    case EntityType::kPerson:
      return "person";
    case EntityType::kOffice:
      return "office";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kEvent:
      return "event";
  }
  return "event";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (EntityType t : {EntityType::kCountry, EntityType::kPlace, EntityType::kPerson,
                       EntityType::kOffice, EntityType::kOrganization, EntityType::kEvent})
    if (name == entity_type_name(t)) return t;
  return std::nullopt;
}

const std::string& Entity::primary_source() const {
  static const std::string kNone;
  return sources.empty() ? kNone : sources.front();
}

const SourcePosition& Entity::position_of(const std::string& key) const {
  auto it = fact_at.find(key);
  return it == fact_at.end() ? where : it->second;
}

namespace {

// Every file of the layers, read once: the cache key needs the texts, and a miss parses them.
std::vector<SourceText> read_sources(const std::vector<std::vector<std::string>>& layers,
                                     Diagnostics& diags) {
  std::vector<SourceText> sources;
  for (std::size_t layer = 0; layer < layers.size(); ++layer)
    for (const std::string& path : layers[layer])
      for (const std::string& file : collect_yaml_files(path, diags))
        if (std::optional<std::string> text = read_knowledge_file(file, diags))
          sources.push_back({file, std::move(*text), static_cast<int>(layer)});
  return sources;
}

}  // namespace

std::shared_ptr<const KnowledgeBase> KnowledgeBase::load(
    const std::vector<std::vector<std::string>>& layers, Diagnostics& diags,
    const CompiledCache* cache, CacheUse* use) {
  CacheUse ignored;
  if (!use) use = &ignored;
  *use = {};
  Diagnostics local;  // this load's own, kept with a compiled file to be replayed from it
  std::vector<SourceText> sources = read_sources(layers, local);
  std::uint64_t key = 0;
  if (cache && !local.has_errors()) {
    key = compiled_key(program_fingerprint(), sources);
    use->path = cache->path_for(key);
    std::optional<LoadedKnowledge> compiled;
    if (!cache->refresh()) compiled = cache->read(key);
    if (compiled) {
      diags.append(compiled->diags);
      std::shared_ptr<KnowledgeBase> kb(new KnowledgeBase());
      kb->entities_ = std::move(compiled->entities);
      kb->files_ = std::move(compiled->files);
      for (std::size_t i = 0; i < kb->entities_.size(); ++i)
        kb->by_id_.emplace(kb->entities_[i].id, i);
      kb->build_indexes();
      use->read = true;
      return kb;
    }
  }

  std::vector<Entity> merged;
  std::unordered_map<std::string, std::size_t> slot;
  std::vector<std::string> files;
  std::size_t next = 0;
  for (std::size_t layer_index = 0; layer_index < layers.size(); ++layer_index) {
    std::unordered_map<std::string, SourcePosition> seen_in_layer;
    std::vector<EntityPatch> patches;  // applied once the layer's own entities are in
    // The first layer has none below it: a patch there is an error, as the loader says.
    std::vector<EntityPatch>* patch_sink = layer_index > 0 ? &patches : nullptr;
    for (; next < sources.size() && sources[next].layer == static_cast<int>(layer_index); ++next) {
      const SourceText& source = sources[next];
      files.push_back(source.path);
      for (Entity& e : load_knowledge_text(source.text, source.path, local, patch_sink)) {
        auto dup = seen_in_layer.find(e.id);
        if (dup != seen_in_layer.end()) {
          local.error(e.where,
                      "duplicate id '" + e.id + "' (first defined at " + dup->second.str() + ")");
          continue;
        }
        seen_in_layer.emplace(e.id, e.where);
        auto it = slot.find(e.id);
        if (it != slot.end()) {
          merged[it->second] = std::move(e);  // a later layer overrides
        } else {
          slot.emplace(e.id, merged.size());
          merged.push_back(std::move(e));
        }
      }
    }
    for (const EntityPatch& p : patches) {
      auto it = slot.find(p.id);
      if (it == slot.end())
        local.error(p.where, "patch: no entity '" + p.id + "' in the layers below");
      else
        apply_patch(p, merged[it->second], local);
    }
  }
  auto kb = from_entities(std::move(merged), local);
  const_cast<KnowledgeBase&>(*kb).files_ = std::move(files);
  if (cache && !local.has_errors())
    use->written = cache->write(key, kb->entities_, kb->files_, local);
  diags.append(local);
  return kb;
}

std::shared_ptr<const KnowledgeBase> KnowledgeBase::from_entities(std::vector<Entity> entities,
                                                                  Diagnostics& diags) {
  std::shared_ptr<KnowledgeBase> kb(new KnowledgeBase());
  kb->entities_ = std::move(entities);
  for (std::size_t i = 0; i < kb->entities_.size(); ++i) {
    const Entity& e = kb->entities_[i];
    if (!kb->by_id_.emplace(e.id, i).second) diags.error(e.where, "duplicate id '" + e.id + "'");
  }
  kb->build_indexes();
  validate_knowledge_base(*kb, diags);
  return kb;
}

const Entity* KnowledgeBase::find(std::string_view id) const {
  auto it = by_id_.find(std::string(id));
  return it == by_id_.end() ? nullptr : &entities_[it->second];
}

namespace {

const std::vector<const Entity*>& lookup(
    const std::unordered_map<std::string, std::vector<const Entity*>>& index,
    const std::string& key) {
  static const std::vector<const Entity*> kNone;
  auto it = index.find(key);
  return it == index.end() ? kNone : it->second;
}

}  // namespace

const std::vector<const Entity*>& KnowledgeBase::holders_of(const std::string& office_id) const {
  return lookup(holders_, office_id);
}

const std::vector<const Entity*>& KnowledgeBase::events_in(const std::string& place_id) const {
  return lookup(events_in_, place_id);
}

const std::vector<const Entity*>& KnowledgeBase::events_involving(const std::string& id) const {
  return lookup(events_by_participant_, id);
}

const std::vector<const Entity*>& KnowledgeBase::events_described_as(std::string_view noun) const {
  return lookup(events_by_descriptor_, descriptor_key(noun));
}

std::string descriptor_key(std::string_view noun) {
  std::string key = to_lower_ascii(std::string(noun));
  if (key.size() > 3 && key.back() == 's') key.pop_back();
  return key;
}

void KnowledgeBase::build_indexes() {
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const Entity& e = entities_[i];
    names_.add(e.name, i, NameKind::kName);
    for (const std::string& a : e.aliases) names_.add(a, i, NameKind::kAlias);
    for (const std::string& t : e.titles) names_.add(t, i, NameKind::kTitle);
    for (const std::string& d : e.demonyms) {
      names_.add(d, i, NameKind::kDemonym);
      // The people of the country too: "Syrians", "Britons", "Swedes"; adjectives in -sh, -ch,
      // -ss and -ese have no plural ("British", "Dutch", "Swiss", "Chinese").
      auto ends_with = [&](std::string_view tail) {
        return d.size() > tail.size() && d.compare(d.size() - tail.size(), tail.size(), tail) == 0;
      };
      if (!ends_with("sh") && !ends_with("ch") && !ends_with("s") && !ends_with("ese"))
        names_.add(d + "s", i, NameKind::kDemonym);
    }
    for (const Term& f : e.former_names) names_.add(f.ref, i, NameKind::kAlias);
    for (const Term& t : e.positions) {
      std::vector<const Entity*>& holders = holders_[t.ref];
      if (holders.empty() || holders.back() != &e) holders.push_back(&e);
    }
    if (e.type == EntityType::kEvent) {
      for (const std::string& place : e.location) events_in_[place].push_back(&e);
      for (const std::string& p : e.participants) events_by_participant_[p].push_back(&e);
      for (const std::string& d : e.descriptors)
        events_by_descriptor_[descriptor_key(d)].push_back(&e);
    }
  }
  relations_ = std::make_shared<const RelationGraph>(entities_);
}

}  // namespace factlint
