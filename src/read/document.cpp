// Document: small helpers.
#include "read/document.h"

namespace factlint {

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kPlainText:
      return "text";
    case InputFormat::kMarkdown:
      return "markdown";
  }
  return "text";
}

}  // namespace factlint
