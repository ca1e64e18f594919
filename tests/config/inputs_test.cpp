// Globs as include/exclude and --glob use them.
#include <catch2/catch.hpp>

#include "config/inputs.h"

using factlint::glob_match;

TEST_CASE("Globs: names at any depth, anchored paths, ** and folders", "[config]") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK(glob_match("*.md", "deep/er/a.md"));
  CHECK_FALSE(glob_match("*.md", "a.mdx"));
  CHECK(glob_match("drafts", "drafts/x/y.md"));  // a folder matches all below it
  CHECK(glob_match("drafts/**", "drafts/x/y.md"));
  CHECK_FALSE(glob_match("drafts/**", "news/drafts.md"));
  CHECK(glob_match("articles/**/*.txt", "articles/a.txt"));  // ** is zero or more folders
  CHECK(glob_match("articles/**/*.txt", "articles/2025/08/a.txt"));
  CHECK_FALSE(glob_match("articles/*.txt", "articles/2025/a.txt"));  // * stops at /
  CHECK(glob_match("20[0-9][0-9]-?.md", "2025-a.md"));
  CHECK_FALSE(glob_match("20[!0-9]*", "2025.md"));
  CHECK(glob_match("./news/", "news/a.md"));
}
