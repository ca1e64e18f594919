// Fuzz target: the baseline reader.
#include "fuzz_support.h"
#include "suppress/baseline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string error;
  factlint::read_baseline(fuzz::scratch_file(fuzz::as_text(data, size), "-baseline.json"), &error);
  return 0;
}
