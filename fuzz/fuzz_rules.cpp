// Fuzz target: the rule loader on one rule file.
#include "extract/rule.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factlint::Diagnostics diags;
  factlint::load_rules({fuzz::scratch_file(fuzz::as_text(data, size), "-rules.yaml")}, diags);
  return 0;
}
