// Fuzz target: the .factlint.yaml loader.
#include "config/config.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factlint::Diagnostics diags;
  factlint::load_config(fuzz::scratch_file(fuzz::as_text(data, size), "-config.yaml"), {}, diags);
  return 0;
}
