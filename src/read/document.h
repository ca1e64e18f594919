// Document: one article as read from disk or stdin, ready for analysis.
//
//   Expected<Document> doc = read_document("a.md", bytes);
//   doc.text     // analysis text: markup blanked out with spaces, same byte length as the file
//   doc.lines    // line:column of any offset, in the original file
//
// Keeping `text` byte-for-byte aligned with `original` makes the source map the identity:
// an offset found anywhere in the pipeline is an offset in the original file.
#pragma once

#include <optional>
#include <string>

#include "core/fuzzy_date.h"
#include "core/text.h"

namespace factlint {

enum class InputFormat { kPlainText, kMarkdown };

struct Document {
  std::string path;      // as the user named it ("-" or --stdin-filename for stdin)
  std::string original;  // the bytes of the file
  std::string text;      // prose only; every non-prose byte replaced by ' ' (newlines kept)
  InputFormat format = InputFormat::kPlainText;
  std::string front_matter;   // the YAML between the opening and closing ---, if any
  int front_matter_line = 0;  // 1-based line of the first front-matter line

  std::optional<Day> published;  // the "now" of the article
  std::string published_from;    // where `published` came from, e.g. "front matter date:"

  LineIndex lines() const { return LineIndex(original); }
};

const char* format_name(InputFormat format);

}  // namespace factlint
