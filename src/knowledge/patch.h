// Patches: a layer changes one entity of the layers below without restating it.
//
//   # kb/updates.yaml, loaded with --knowledge kb/ (or `knowledge:` in .factlint.yaml)
//   as_of: 2026-12-01
//   entities:
//     - patch: keir-starmer                 # the id of an entity in a lower layer
//       close: [{office: prime-minister-of-the-united-kingdom, end: 2026-11-30,
//                source: https://www.wikidata.org/wiki/Q6097}]
//       aliases: [Sir Keir]
//       sources: [https://www.wikidata.org/wiki/Q6097]
//
// `close` ends the open term (a position, membership or capital) naming that id; `aliases` and
// `sources` are added; the file's `as_of` becomes the entity's when later. An unknown key, an
// id no lower layer defines, or nothing open to close is an error at file:line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/fuzzy_date.h"
#include "knowledge/entity.h"

namespace YAML {
class Node;
}

namespace factlint {

struct EntityPatch {
  struct Close {
    std::string ref;               // the office, organization or place whose open term ends
    std::optional<FuzzyDate> end;  // always set once parsed
    std::string source;
    SourcePosition where;
  };
  std::string id;
  SourcePosition where;
  std::vector<std::string> aliases;
  std::vector<std::string> sources;
  std::vector<Close> closes;
  std::optional<FuzzyDate> as_of;  // the patch file's
};

// True when the YAML item is a patch (`patch: <id>`), not an entity.
bool is_patch(const YAML::Node& item);

// Reads a patch item of `path`; errors go to `diags` with file:line.
std::optional<EntityPatch> parse_patch(const YAML::Node& item, const std::string& path,
                                       const std::optional<FuzzyDate>& as_of, Diagnostics& diags);

// Applies a patch to the entity it names; errors (nothing open to close) go to `diags`.
void apply_patch(const EntityPatch& patch, Entity& entity, Diagnostics& diags);

}  // namespace factlint
