// Fuzz target: the Wikidata importer (SPARQL JSON results and entity JSON).
#include "fuzz_support.h"
#include "knowledge/wikidata_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factlint::Diagnostics diags;
  factlint::import_wikidata(fuzz::as_text(data, size), "fuzz.json", nullptr, diags);
  return 0;
}
