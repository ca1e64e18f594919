// Fuzz target: the whole check of one plain-text document against the repository's knowledge
// base and rules (loaded once).
#include "engine/checker.h"
#include "engine/loading.h"
#include "fuzz_support.h"
#include "parse/sentence_parse.h"
#include "read/readers.h"

namespace {
const factlint::Checker* checker = nullptr;
}

// Loading the knowledge base, the rules and the parser model happens here, once, so that no
// unit is charged for start-up (under the sanitizers it takes longer than -timeout allows a
// unit on a loaded machine).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  using namespace factlint;
  Diagnostics diags;
  LoadOptions load{{FACTLINT_SOURCE_DIR "/knowledge"}, true, {FACTLINT_SOURCE_DIR "/rules"}, true};
  auto kb = load_knowledge(load, diags);
  auto rules = load_rule_set(load, diags);
  checker = new Checker(kb, rules);
  default_syntax();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  std::string reason;
  auto doc = read_document("fuzz.txt", fuzz::as_text(data, size), InputFormat::kPlainText, &reason);
  if (!doc) return 0;
  RunOptions options;
  options.date_override = make_day(2025, 1, 1);
  checker->check(std::move(*doc), options);
  return 0;
}
