// Knowledge-base statistics: what `factlint kb stats` and the server's /v1/kb/stats report.
//
//   KnowledgeStats s = knowledge_stats(*kb);
//   s.by_type["person"]; s.facts; s.sourced;   // sourced: fraction of entities with a source
#pragma once

#include <cstddef>
#include <map>
#include <string>

#include "knowledge/knowledge_base.h"

namespace factlint {

struct KnowledgeStats {
  std::size_t entities = 0;
  std::map<std::string, int> by_type;
  int facts = 0;
  double sourced = 1.0;
  std::map<std::string, int> as_of;  // as_of date ("none" when unset) -> entities
  std::size_t files = 0;
};

KnowledgeStats knowledge_stats(const KnowledgeBase& kb);

}  // namespace factlint
