// Document: one article as read from disk or stdin, ready for analysis.
//
//   Expected<Document> doc = read_document("a.md", bytes);
//   doc.text     // analysis text: markup blanked out with spaces, same byte length as the file
//   doc.lines    // line:column of any offset, in the original file
//
// Plain text and Markdown keep `text` byte-for-byte aligned with `original`, so the source map
// is the identity. HTML and ninjs extract their prose into a new string and record, in
// `source_map`, where each byte of it came from; `original_offset` / `original_end` translate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/fuzzy_date.h"
#include "core/text.h"

namespace factlint {

enum class InputFormat { kPlainText, kMarkdown, kHtml, kNinjs };

struct Document {
  std::string path;      // as the user named it ("-" or --stdin-filename for stdin)
  std::string original;  // the bytes of the file
  std::string text;      // prose only; every non-prose byte replaced by ' ' (newlines kept)
  InputFormat format = InputFormat::kPlainText;
  std::string front_matter;   // the YAML between the opening and closing ---, if any
  int front_matter_line = 0;  // 1-based line of the first front-matter line

  std::optional<Day> published;  // the "now" of the article
  std::string published_from;    // where `published` came from, e.g. "front matter date:"

  // Original offset of each byte of `text`; empty when `text` is aligned with `original`.
  std::vector<std::size_t> source_map;

  LineIndex lines() const { return LineIndex(original); }
  // The original offset of the text byte at `text_offset`.
  std::size_t original_offset(std::size_t text_offset) const;
  // The original offset just past a span of `text` ending (exclusively) at `text_end`: past
  // the whole character reference or escape the last byte came from.
  std::size_t original_end(std::size_t text_end) const;
};

const char* format_name(InputFormat format);

}  // namespace factlint
