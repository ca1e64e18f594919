// HTML and ninjs readers: what is prose, and where each byte of it came from.
#include <catch2/catch.hpp>

#include "read/readers.h"

using namespace factlint;

TEST_CASE("HTML: character references map back to the whole reference", "[read]") {
  std::string html = "<p>Kyiv&#8217;s <b>envoy</b> &amp; 2024</p><script>x = 1999;</script>";
  ExtractedProse p = extract_html_prose(html);
  REQUIRE(p.text.find("Kyiv\xE2\x80\x99s envoy & 2024") != std::string::npos);
  CHECK(p.text.find("1999") == std::string::npos);
  Document doc;
  doc.original = html;
  doc.text = p.text;
  doc.source_map = p.source_map;
  std::size_t at = doc.text.find("2024");
  CHECK(html.substr(doc.original_offset(at), 4) == "2024");
  std::size_t quote = doc.text.find("\xE2\x80\x99");
  CHECK(doc.original_offset(quote) == html.find("&#8217;"));
  CHECK(doc.original_end(quote + 3) == html.find("&#8217;") + 7);
}

TEST_CASE("ninjs: JSON escapes map back to the escape", "[read]") {
  std::string json =
      "{\"versioncreated\": \"2025-08-08T10:00:00Z\", \"body_text\": \"Caf\\u00e9 "
      "\\\"2024\\\"\"}";
  std::string error;
  auto doc = read_document("a.ninjs", json, InputFormat::kNinjs, &error);
  REQUIRE(doc);
  CHECK(doc->text == "Caf\xC3\xA9 \"2024\"");
  CHECK(doc->published_from == "ninjs versioncreated");
  std::size_t at = doc->text.find("2024");
  CHECK(json.substr(doc->original_offset(at), 4) == "2024");
  CHECK(doc->original_end(at) == doc->original_offset(at));  // past the escaped quote
  CHECK_FALSE(read_document("a.json", "[1, 2]", InputFormat::kNinjs, &error));
}
