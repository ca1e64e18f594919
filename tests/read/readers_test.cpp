// Readers: Markdown markup is blanked without moving any prose.
#include <catch2/catch.hpp>

#include "read/publication_date.h"
#include "read/readers.h"

using namespace factlint;

namespace {

Document markdown(const std::string& text) {
  std::string error;
  auto doc = read_document("a.md", text, InputFormat::kMarkdown, &error);
  REQUIRE(doc);
  return *doc;
}

}  // namespace

TEST_CASE("Markdown keeps prose at its original offsets", "[read]") {
  Document doc = markdown(
      "---\ndate: 2024-03-08\n---\n# Title\n\nSweden *joined* [NATO](https://nato.int/x) in `code` "
      "2024.\n");
  REQUIRE(doc.text.size() == doc.original.size());
  CHECK(doc.text.find("date") == std::string::npos);
  CHECK(doc.text.find("https") == std::string::npos);
  CHECK(doc.text.find("code") == std::string::npos);
  CHECK(doc.text.find('*') == std::string::npos);
  std::size_t at = doc.original.find("2024.");
  CHECK(doc.text.compare(at, 4, "2024") == 0);
  CHECK(doc.text.find("Sweden") == doc.original.find("Sweden"));
  CHECK(doc.front_matter == "date: 2024-03-08\n");
}

TEST_CASE("Markdown drops fenced code and HTML comments", "[read]") {
  Document doc =
      markdown("Before.\n```\nthe war began in 1999\n```\n<!-- began\nin 1998 -->\nAfter.\n");
  CHECK(doc.text.find("1999") == std::string::npos);
  CHECK(doc.text.find("1998") == std::string::npos);
  CHECK(doc.text.find("After.") != std::string::npos);
  CHECK(doc.text.find("Before.") != std::string::npos);
}

TEST_CASE("Binary and non-UTF-8 input is refused with a reason", "[read]") {
  std::string error;
  CHECK_FALSE(read_document("a.txt", std::string("a\0b", 3), InputFormat::kPlainText, &error));
  CHECK(error.find("binary") != std::string::npos);
  CHECK_FALSE(read_document("a.txt", "caf\xE9", InputFormat::kPlainText, &error));
  CHECK(error.find("UTF-8") != std::string::npos);
}

TEST_CASE("Publication date: front matter, first line, dateline", "[read]") {
  std::string error;
  auto fm = markdown("---\ntitle: x\ndate: 2024-03-08T09:00:00Z\n---\nText.\n");
  auto p = find_publication_date(fm);
  REQUIRE(p);
  CHECK(iso_day(p->day) == "2024-03-08");

  auto seed = read_document("s.txt", " date 2025-08-08 HOME NEWS BUSINESS\nMore\n",
                            InputFormat::kPlainText, &error);
  p = find_publication_date(*seed);
  REQUIRE(p);
  CHECK(iso_day(p->day) == "2025-08-08");
  CHECK(p->source == "first line");

  auto dateline = read_document("d.txt", "Headline here\n\nFri, 08 August 2025\nShare:\n",
                                InputFormat::kPlainText, &error);
  p = find_publication_date(*dateline);
  REQUIRE(p);
  CHECK(iso_day(p->day) == "2025-08-08");

  auto none = read_document("n.txt", "The war began in 2014 and goes on.\n",
                            InputFormat::kPlainText, &error);
  CHECK_FALSE(find_publication_date(*none));
}

TEST_CASE("month_from_name accepts news abbreviations", "[read]") {
  CHECK(month_from_name("Feb.") == 2);
  CHECK(month_from_name("Sept") == 9);
  CHECK(month_from_name("december") == 12);
  CHECK(month_from_name("Ma") == 0);
}
