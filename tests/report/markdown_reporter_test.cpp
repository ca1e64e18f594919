// The Markdown reporter: the pull-request comment's headline, findings table and details.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "report/reporter.h"

namespace factlint {

namespace {

Finding finding(const std::string& rule, int line, const std::string& excerpt,
                const std::string& message) {
  Finding x;
  x.rule = rule;
  x.kind = "event_date";
  x.where.line = line;
  x.where.column = 4;
  x.excerpt = excerpt;
  x.message = message;
  x.expected = "2022-02-24";
  x.found = "2024-02";
  x.evidence.push_back({"russian-invasion-of-ukraine",
                        "start 2022-02-24",
                        "https://www.wikidata.org/wiki/Q110999040",
                        {"kb/events.yaml", 20, 5}});
  return x;
}

std::string markdown(const std::vector<FileReport>& files) {
  // Relative links, whatever CI this runs in.
  unsetenv("GITHUB_SHA");
  std::ostringstream out;
  make_reporter("markdown")->write(files, out);
  return out.str();
}

}  // namespace

TEST_CASE("markdown: a table row per finding with a file:line link, details with evidence") {
  FileReport a;
  a.path = "news/a.md";
  a.claims.resize(3);
  a.findings.push_back(finding("event-start-date", 16, "February 2024", "Began on 2022-02-24"));
  FileReport b;
  b.path = "news/b.md";
  b.claims.resize(1);
  b.findings.push_back(finding("event-start-date", 3, "1999", "Began | ended <b>never</b>"));
  b.findings.back().severity = Severity::kWarning;
  std::string md = markdown({a, b});

  CHECK(md.rfind("### factlint: 1 error, 1 warning, 0 infos in 2 files (4 claims checked)\n", 0) ==
        0);
  CHECK(md.find("| Severity | Location | Rule | Finding |\n| --- | --- | --- | --- |\n") !=
        std::string::npos);
  CHECK(md.find("| **error** | [news/a.md:16](news/a.md#L16) | <code>event-start-date</code> | "
                "Began on 2022-02-24 |\n") != std::string::npos);
  // A pipe or tag in the message cannot break the table or render as markup.
  CHECK(md.find("| **warning** | [news/b.md:3](news/b.md#L3) | <code>event-start-date</code> | "
                "Began &#124; ended &lt;b&gt;never&lt;/b&gt; |\n") != std::string::npos);
  CHECK(md.find("<details><summary>news/a.md:16:4 event-start-date: “February 2024”</summary>") !=
        std::string::npos);
  CHECK(md.find("- **Records hold:** 2022-02-24\n") != std::string::npos);
  CHECK(md.find("- **Evidence:** <code>russian-invasion-of-ukraine</code>: start 2022-02-24 "
                "([source](https://www.wikidata.org/wiki/Q110999040)), knowledge base "
                "[kb/events.yaml:20](kb/events.yaml#L20)\n") != std::string::npos);
  CHECK(md.find("</details>") != std::string::npos);
}

TEST_CASE("markdown: a clean run is one headline") {
  FileReport a;
  a.path = "news/a.md";
  a.claims.resize(2);
  CHECK(markdown({a}) == "### factlint: no findings in 1 file (2 claims checked)\n\n");
}

TEST_CASE("markdown: in a GitHub Actions run, links point at the file in the commit") {
  FileReport a;
  a.path = "./news/a.md";
  a.findings.push_back(finding("event-start-date", 7, "x", "m"));
  setenv("GITHUB_SERVER_URL", "https://github.com", 1);
  setenv("GITHUB_REPOSITORY", "desk/copy", 1);
  setenv("GITHUB_SHA", "0123abc", 1);
  std::ostringstream out;
  make_reporter("markdown")->write({a}, out);
  unsetenv("GITHUB_SHA");
  CHECK(out.str().find("[./news/a.md:7](https://github.com/desk/copy/blob/0123abc/news/a.md#L7)") !=
        std::string::npos);
}

}  // namespace factlint

namespace factlint {

TEST_CASE("markdown: a knowledge-base file outside the checkout is named, never a broken link") {
  FileReport a;
  a.path = "news/a.md";
  a.findings.push_back(finding("event-start-date", 7, "x", "m"));
  a.findings.back().evidence[0].kb.file = "/nonexistent-prefix/share/factlint/knowledge/e.yaml";
  setenv("GITHUB_SERVER_URL", "https://github.com", 1);
  setenv("GITHUB_REPOSITORY", "desk/copy", 1);
  setenv("GITHUB_SHA", "0123abc", 1);
  std::ostringstream out;
  make_reporter("markdown")->write({a}, out);
  unsetenv("GITHUB_SHA");
  std::string md = out.str();
  CHECK(md.find("knowledge base `/nonexistent-prefix/share/factlint/knowledge/e.yaml:20`") !=
        std::string::npos);
  CHECK(md.find("blob/0123abc//") == std::string::npos);
  CHECK(md.find("](https://github.com/desk/copy/blob/0123abc/news/a.md#L7)") != std::string::npos);
}

}  // namespace factlint
