// Fuzz target: the readers (text, Markdown, HTML, ninjs), the format from the first byte.
#include "fuzz_support.h"
#include "read/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  using namespace factlint;
  static const InputFormat kFormats[] = {InputFormat::kPlainText, InputFormat::kMarkdown,
                                         InputFormat::kHtml, InputFormat::kNinjs};
  std::string reason;
  read_document("fuzz", fuzz::as_text(data + 1, size - 1), kFormats[data[0] % 4], &reason);
  return 0;
}
