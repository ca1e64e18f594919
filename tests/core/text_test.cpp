// Text: columns count code points; lines are 1-based.
#include <catch2/catch.hpp>

#include "core/text.h"

using namespace factlint;

TEST_CASE("LineIndex counts columns in code points", "[core]") {
  std::string text = "first line\nErdoğan said – in 2014\nlast";
  LineIndex index(text);
  std::size_t offset = text.find("2014");
  TextPosition p = index.position(offset);
  CHECK(p.line == 2);
  CHECK(p.column == 19);  // "Erdoğan said – in " is 18 code points
  CHECK(index.line_text(2) == "Erdoğan said – in 2014");
  CHECK(index.line_count() == 3);
}

TEST_CASE("UTF-8 validation", "[core]") {
  CHECK(is_valid_utf8("plain ascii"));
  CHECK(is_valid_utf8("Zelensky – Зеленський"));
  CHECK_FALSE(is_valid_utf8(std::string("bad \xC3\x28 byte")));
  CHECK_FALSE(is_valid_utf8(std::string("truncated \xE2\x80")));
}
