// Loading: the knowledge base and rule set a run checks against, from the default data
// directories layered with the user's paths.
//
//   Diagnostics diags;
//   auto kb = load_knowledge(options, diags);     // nullptr or partial when diags has errors
//   auto rules = load_rule_set(options, diags);
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "extract/rule.h"
#include "knowledge/knowledge_base.h"

namespace factlint {

// Where the knowledge base and rules come from.
struct LoadOptions {
  std::vector<std::string> knowledge;  // --knowledge, layered over the default
  bool no_default_knowledge = false;
  std::vector<std::string> rules;  // --rules, layered over the default
  bool no_default_rules = false;
  // Read a compiled copy of the knowledge base from the cache folder when one matches the YAML
  // (and write one when none does); off with --no-cache or FACTLINT_CACHE_DIR=off.
  bool use_cache = true;
  bool refresh_cache = false;  // parse the YAML and write the compiled copy anew
};

// `use`, when given, says whether a compiled copy was read or written, and where.
std::shared_ptr<const KnowledgeBase> load_knowledge(const LoadOptions& load, Diagnostics& diags,
                                                    CacheUse* use = nullptr);
std::shared_ptr<const RuleSet> load_rule_set(const LoadOptions& load, Diagnostics& diags);

}  // namespace factlint
