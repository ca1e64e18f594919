// Snapshot: load everything aside, validate, then swap one pointer.
#include "serve/snapshot.h"

#include <chrono>
#include <ctime>

namespace factlint {

namespace {

std::string utc_now_iso() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

ReloadResult SnapshotStore::reload() {
  std::lock_guard<std::mutex> one_at_a_time(reload_mutex_);
  auto started = std::chrono::steady_clock::now();
  Diagnostics diags;
  std::shared_ptr<const KnowledgeBase> kb;
  std::shared_ptr<const RuleSet> rules;
  // A loader bug must not take the server (or its SIGHUP thread) down: the old snapshot stays.
  try {
    kb = load_knowledge(load_, diags);
    if (!diags.has_errors()) rules = load_rule_set(load_, diags);
  } catch (const std::exception& e) {
    diags.error({}, std::string("internal error while loading: ") + e.what());
  }
  ReloadResult result;
  result.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::shared_ptr<const Snapshot> previous = current();
  if (diags.has_errors() || !kb || !rules) {
    for (const Diagnostic& d : diags.all())
      if (d.level == DiagnosticLevel::kError) result.errors.push_back(d.str());
    result.snapshot = previous;
    return result;
  }
  auto next = std::make_shared<Snapshot>(Snapshot{kb, rules, Checker(kb, rules),
                                                  previous ? previous->generation + 1 : 1,
                                                  utc_now_iso(), diags.all().size()});
  {
    std::lock_guard<std::mutex> swap(current_mutex_);
    current_ = next;
  }
  result.ok = true;
  result.snapshot = std::move(next);
  return result;
}

std::shared_ptr<const Snapshot> SnapshotStore::current() const {
  std::lock_guard<std::mutex> copy(current_mutex_);
  return current_;
}

}  // namespace factlint
