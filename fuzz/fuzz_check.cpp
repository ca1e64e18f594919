// Fuzz target: the whole check of one plain-text document against the repository's knowledge
// base and rules (loaded once).
#include "engine/checker.h"
#include "engine/loading.h"
#include "fuzz_support.h"
#include "read/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  static const Checker* checker = [] {
    Diagnostics diags;
    LoadOptions load{
        {FACTLINT_SOURCE_DIR "/knowledge"}, true, {FACTLINT_SOURCE_DIR "/rules"}, true};
    auto kb = load_knowledge(load, diags);
    auto rules = load_rule_set(load, diags);
    return new Checker(kb, rules);
  }();
  std::string reason;
  auto doc = read_document("fuzz.txt", fuzz::as_text(data, size), InputFormat::kPlainText, &reason);
  if (!doc) return 0;
  RunOptions options;
  options.date_override = make_day(2025, 1, 1);
  checker->check(std::move(*doc), options);
  return 0;
}
