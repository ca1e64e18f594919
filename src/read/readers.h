// Readers: turn the bytes of a file into a Document, one reader per input format.
//
//   InputFormat f = detect_format("story.md");                // by extension
//   std::optional<std::string> err;
//   Document doc = read_document("story.md", bytes, f, &err); // err set for binary input
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/document.h"

namespace factlint {

InputFormat detect_format(std::string_view path);

// Reads `bytes` as `format`. On input that cannot be text (NUL bytes, invalid UTF-8) returns
// nullopt and sets `*error` to a one-line reason.
std::optional<Document> read_document(std::string path, std::string bytes, InputFormat format,
                                      std::string* error);

// Prose taken out of markup, with the offset in the input of each of its bytes.
struct ExtractedProse {
  std::string text;
  std::vector<std::size_t> source_map;
  std::optional<Day> published;  // from the markup's own metadata, if it says
  std::string published_from;
};

// HTML: the text of <article> (else <main>, else the document), leaving out head, script,
// style, nav and the like; block elements end sentences. Gumbo does the parsing.
ExtractedProse extract_html_prose(std::string_view html);
void read_html(Document& doc);

// ninjs (IPTC JSON): body_html or body_text; versioncreated or firstcreated. False and
// `*error` when the file is not a ninjs object.
bool read_ninjs(Document& doc, std::string* error);

// Markdown: blanks front matter, code, HTML comments and tags, link targets and markup
// characters, keeping prose at its original offsets. Exposed for tests.
void blank_markdown(Document& doc);

}  // namespace factlint
