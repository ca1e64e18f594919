// Fuzz target: the compiled-knowledge reader on one payload, wrapped in a valid header so that
// the input reaches the field reader behind the checksum; what it reads must write back as read.
#include <cstdlib>

#include "fuzz_support.h"
#include "knowledge/compiled.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string file = factlint::compiled_file(1, fuzz::as_text(data, size));
  std::string error;
  auto loaded = factlint::read_compiled(file, 1, &error);
  if (loaded && factlint::write_compiled(1, loaded->entities, loaded->files, loaded->diags) != file)
    std::abort();  // accepted, yet not what a writer would have written
  return 0;
}
