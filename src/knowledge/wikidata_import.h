// Wikidata import: SPARQL JSON results and JSON-dump lines to knowledge-base entities.
//
//   Diagnostics diags;
//   WikidataImport import = import_wikidata(text, "results.json", kb.get(), diags);
//   std::cout << emit_knowledge_yaml(import.entities, as_of);
//
// Date precision is kept (wikibase:timePrecision / "precision": 9 year, 10 month, 11 day; a
// coarser precision drops the date), qualifiers P580 (start), P582 (end) and P585 (point in
// time) become term and event dates, and reference URLs (P854) become sources. Linked items
// (offices, countries) map to existing knowledge-base ids through their `wikidata:` QID when a
// knowledge base is given.
//
// SPARQL variables read (one row per statement; rows of one item merge):
//   item, itemLabel, itemAltLabel (comma-separated), type (person|event|office|country|place|
//   organization; else inferred), born, died, start, end, date, deaths, position, positionLabel,
//   positionStart, positionEnd, source; each date variable may have a "<name>Precision" twin.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "knowledge/entity.h"

namespace factlint {

class KnowledgeBase;

struct WikidataImport {
  std::vector<Entity> entities;
};

WikidataImport import_wikidata(const std::string& text, const std::string& path,
                               const KnowledgeBase* existing, Diagnostics& diags);

// Knowledge-base YAML (the mapping form with as_of when given) for the entities.
std::string emit_knowledge_yaml(const std::vector<Entity>& entities,
                                const std::optional<FuzzyDate>& as_of);

}  // namespace factlint
