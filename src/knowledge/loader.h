// Loader: YAML knowledge-base files to Entity records, with schema errors at file:line:column.
//
//   Diagnostics diags;
//   std::vector<Entity> entities = load_knowledge_file("knowledge/people/russia.yaml", diags);
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "knowledge/entity.h"
#include "knowledge/patch.h"

namespace factlint {

// `patches`, when given, receives the file's `patch:` items (knowledge/patch.h); without it a
// patch is an error, since there is no layer below to apply it to.
std::vector<Entity> load_knowledge_file(const std::string& path, Diagnostics& diags,
                                        std::vector<EntityPatch>* patches = nullptr);
// The text of a knowledge-base file; nullopt, with an error naming it, when it cannot be read.
std::optional<std::string> read_knowledge_file(const std::string& path, Diagnostics& diags);
// Parses YAML text already in memory; `display_path` names it in diagnostics and evidence.
std::vector<Entity> load_knowledge_text(const std::string& text, const std::string& display_path,
                                        Diagnostics& diags,
                                        std::vector<EntityPatch>* patches = nullptr);

// Every *.yaml / *.yml file under `path` (or `path` itself), sorted for a stable load order.
// A path that does not exist is an error.
std::vector<std::string> collect_yaml_files(const std::string& path, Diagnostics& diags);

}  // namespace factlint
