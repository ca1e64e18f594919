// Fuzz target: the inline suppression comments, read from a file with one finding on line 1.
#include "fuzz_support.h"
#include "suppress/suppressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  using namespace factlint;
  FileReport report;
  report.path = "fuzz.md";
  report.original = std::make_shared<const std::string>(fuzz::as_text(data + 1, size - 1));
  Finding f;
  f.rule = "event-date";
  f.where.line = 1 + data[0] % 4;
  report.findings.push_back(f);
  apply_suppressions(report, data[0] % 2 ? InputFormat::kMarkdown : InputFormat::kHtml);
  return 0;
}
