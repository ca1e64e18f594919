// Loading: default data directories first, then the user's layers.
#include "engine/loading.h"

#include "engine/paths.h"

namespace factlint {

std::shared_ptr<const KnowledgeBase> load_knowledge(const LoadOptions& load, Diagnostics& diags,
                                                    CacheUse* use) {
  std::vector<std::vector<std::string>> layers;
  if (!load.no_default_knowledge) {
    auto dir = default_data_dir("knowledge");
    if (!dir) {
      diags.error({},
                  "cannot find the default knowledge base (set FACTLINT_DATA_DIR or use "
                  "--knowledge)");
      return nullptr;
    }
    layers.push_back({*dir});
  }
  for (const std::string& k : load.knowledge) layers.push_back({k});
  std::optional<std::string> dir = load.use_cache ? cache_dir() : std::nullopt;
  if (!dir) return KnowledgeBase::load(layers, diags, nullptr, use);
  CompiledCache cache(*dir, load.refresh_cache);
  return KnowledgeBase::load(layers, diags, &cache, use);
}

std::shared_ptr<const RuleSet> load_rule_set(const LoadOptions& load, Diagnostics& diags) {
  std::vector<std::string> paths;
  if (!load.no_default_rules) {
    auto dir = default_data_dir("rules");
    if (!dir) {
      diags.error({}, "cannot find the default rules (set FACTLINT_DATA_DIR or use --rules)");
      return nullptr;
    }
    paths.push_back(*dir);
  }
  for (const std::string& r : load.rules) paths.push_back(r);
  return std::make_shared<const RuleSet>(load_rules(paths, diags));
}

}  // namespace factlint
