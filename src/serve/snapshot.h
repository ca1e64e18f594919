// Snapshot: the knowledge base and rules the server checks against, loaded once and swapped
// whole on reload, so that a request sees one consistent pair from start to finish.
//
//   SnapshotStore store(load_options);
//   ReloadResult first = store.reload();            // at start-up; !first.ok -> exit
//   std::shared_ptr<const Snapshot> s = store.current();
//   s->checker.check(doc, options);                 // s stays valid while the request holds it
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "engine/checker.h"
#include "engine/loading.h"

namespace factlint {

struct Snapshot {
  std::shared_ptr<const KnowledgeBase> kb;
  std::shared_ptr<const RuleSet> rules;
  Checker checker;
  int generation = 0;     // 1 for the first load, +1 for each successful reload
  std::string loaded_at;  // UTC, ISO 8601
  std::size_t warnings = 0;
};

struct ReloadResult {
  bool ok = false;
  std::shared_ptr<const Snapshot> snapshot;  // the new one, or the one kept on failure
  std::vector<std::string> errors;           // "file:line:column: error: ..." when !ok
  double seconds = 0;                        // time spent loading
};

class SnapshotStore {
 public:
  explicit SnapshotStore(LoadOptions load) : load_(std::move(load)) {}

  // Loads and validates the knowledge base and rules afresh; publishes them only if both load
  // without errors. Requests already holding the old snapshot finish on it.
  ReloadResult reload();
  // The snapshot in force; null before the first successful load.
  std::shared_ptr<const Snapshot> current() const;

 private:
  LoadOptions load_;
  std::mutex reload_mutex_;           // one load at a time; never taken by requests
  mutable std::mutex current_mutex_;  // held only to copy or swap the pointer
  std::shared_ptr<const Snapshot> current_;
};

}  // namespace factlint
