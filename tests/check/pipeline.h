// Pipeline fixtures for check tests: the shipped knowledge base and rules, loaded once per test
// binary, and a text checked through the whole pipeline at a given publication date.
//
//   auto kb = load_knowledge_cached({source_root() + "/knowledge", "extra.yaml"});
//   FileReport r = check_text("Putin, 72, met Trump in Alaska.", "2025-08-15");
//   for (const ClaimRecord& c : r.claims) ...
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/loading.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/loader.h"
#include "read/readers.h"

namespace factlint::test {

inline const std::string& source_root() {
  static const std::string kRoot = FACTLINT_SOURCE_DIR;
  return kRoot;
}

// A layered load as the binary does it, through the compiled cache ($FACTLINT_CACHE_DIR, which
// ctest points into the build folder). Each test case runs in a process of its own, so a YAML
// parse of the shipped knowledge base would be paid per case: 3.7 s under the sanitizers,
// against 1.1 s from the compiled file. The YAML path has tests of its own (knowledge/).
inline std::shared_ptr<const KnowledgeBase> load_knowledge_cached(
    const std::vector<std::string>& layers) {
  LoadOptions options;
  options.no_default_knowledge = true;
  options.knowledge = layers;
  Diagnostics diags;
  auto loaded = load_knowledge(options, diags);
  REQUIRE(loaded);
  REQUIRE_FALSE(diags.has_errors());
  return loaded;
}

inline std::shared_ptr<const KnowledgeBase> shipped_kb() {
  static std::shared_ptr<const KnowledgeBase> kb =
      load_knowledge_cached({source_root() + "/knowledge"});
  return kb;
}

inline std::shared_ptr<const RuleSet> shipped_rules() {
  static std::shared_ptr<const RuleSet> rules = [] {
    Diagnostics diags;
    auto loaded = std::make_shared<const RuleSet>(load_rules({source_root() + "/rules"}, diags));
    REQUIRE_FALSE(diags.has_errors());
    return loaded;
  }();
  return rules;
}

// `text` as a plain-text article published on `date` (YYYY-MM-DD).
inline FileReport check_text(const std::string& text, const char* date) {
  Checker checker(shipped_kb(), shipped_rules());
  std::string error;
  auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
  REQUIRE(doc);
  RunOptions run;
  run.date_override = FuzzyDate::parse(date)->first_day();
  return checker.check(std::move(*doc), run);
}

}  // namespace factlint::test
