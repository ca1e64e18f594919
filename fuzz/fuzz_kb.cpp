// Fuzz target: the knowledge-base loader on one YAML file.
#include "fuzz_support.h"
#include "knowledge/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factlint::Diagnostics diags;
  factlint::load_knowledge_text(fuzz::as_text(data, size), "fuzz.yaml", diags);
  return 0;
}
