// HTML escaping, link filtering, templates and the SVG chart of the HTML reporter.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/html_escape.h"
#include "report/page_template.h"
#include "report/reporter.h"
#include "report/svg_chart.h"

namespace factlint {

TEST_CASE("html_escape makes markup, entities and quotes text") {
  CHECK(html_escape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(html_escape("AT&T \"quoted\" 'single'") == "AT&amp;T &quot;quoted&quot; &#39;single&#39;");
  CHECK(html_escape("&lt;") == "&amp;lt;");
  CHECK(html_escape("Zelenskyy — Київ") == "Zelenskyy — Київ");
  CHECK(html_escape("") == "");
}

TEST_CASE("safe_link keeps web links and drops script, data and malformed ones") {
  CHECK(safe_link("https://www.wikidata.org/wiki/Q110999040") ==
        "https://www.wikidata.org/wiki/Q110999040");
  CHECK(safe_link("HTTP://example.org/a") == "HTTP://example.org/a");
  CHECK(safe_link("javascript:alert(1)") == "");
  CHECK(safe_link("JavaScript:alert(1)") == "");
  CHECK(safe_link("data:text/html,<script>alert(1)</script>") == "");
  CHECK(safe_link("https://example.org/a b") == "");
  CHECK(safe_link("https://example.org/\n") == "");
  CHECK(safe_link("") == "");
}

TEST_CASE("fill_template substitutes once, so values are never expanded again") {
  std::string page = fill_template("<h1>{{title}}</h1><p>{{body}}</p>",
                                   {{"title", "A {{body}} title"}, {"body", "text"}});
  CHECK(page == "<h1>A {{body}} title</h1><p>text</p>");
  CHECK(fill_template("no placeholders {{", {}) == "no placeholders {{");
  CHECK_THROWS_AS(fill_template("{{missing}}", {}), std::logic_error);
}

TEST_CASE("bar_chart_svg draws one scaled bar per label and escapes labels") {
  std::string svg = bar_chart_svg("Findings per rule", {"error", "warning"},
                                  {{"event-start-date", {4, 0}}, {"<b>odd</b>", {1, 1}}});
  CHECK(svg.rfind("<svg", 0) == 0);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&lt;b&gt;odd&lt;/b&gt;") != std::string::npos);
  CHECK(svg.find("<b>") == std::string::npos);
  // The longest bar spans the whole bar area; the others are scaled to it.
  CHECK(svg.find("width=\"400\" height=\"18\"><title>event-start-date: 4 error</title>") !=
        std::string::npos);
  CHECK(svg.find("width=\"100\" height=\"18\"><title>&lt;b&gt;odd&lt;/b&gt;: 1 warning") !=
        std::string::npos);
  CHECK(bar_chart_svg("none", {"error"}, {}).find("no findings") != std::string::npos);
}

namespace {

// One file with one contradicted claim whose copy and knowledge-base strings carry markup.
FileReport hostile_report() {
  auto text = std::make_shared<const std::string>(
      "Intro <script>alert(1)</script>\nThe war began in <i>1999</i> they said.\n");
  FileReport f;
  f.path = "desk/<b>story</b>.md";
  f.original = text;
  std::size_t at = text->find("<i>1999</i>");
  ClaimRecord c;
  c.kind = "event_date";
  c.rule = "event-start-date";
  c.where = {at, 11, 2, 18, 2, 29};
  c.text = "<i>1999</i>";
  c.verdict = Verdict::kContradicted;
  c.expected = "2014-02-20";
  f.claims.push_back(c);
  Finding x;
  x.rule = "event-start-date";
  x.kind = "event_date";
  x.where = c.where;
  x.excerpt = c.text;
  x.message = "War <began> on 2014-02-20, not <i>1999</i>";
  x.expected = "2014-02-20";
  x.found = "1999";
  x.evidence.push_back({"war", "start 2014-02-20", "javascript:alert(2)", {"kb/<x>.yaml", 3, 5}});
  f.findings.push_back(x);
  return f;
}

}  // namespace

TEST_CASE("the html page escapes article and knowledge-base text everywhere") {
  std::ostringstream out;
  make_reporter("html")->write({hostile_report()}, out);
  std::string page = out.str();
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("<i>") == std::string::npos);
  CHECK(page.find("<b>") == std::string::npos);
  CHECK(page.find("href=\"javascript:") == std::string::npos);  // shown, never linked
  CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("War &lt;began&gt; on 2014-02-20") != std::string::npos);
  CHECK(page.find("desk/&lt;b&gt;story&lt;/b&gt;.md") != std::string::npos);
  // The claim is highlighted around exactly its text, and its note points back to it.
  CHECK(page.find("id=\"claim-1\" data-finding=\"1\"") != std::string::npos);
  CHECK(page.find("&lt;i&gt;1999&lt;/i&gt;</mark><sup class=\"ref\"><a href=\"#note-1\">") !=
        std::string::npos);
  CHECK(page.find("<aside class=\"note error\" id=\"note-1\" data-finding=\"1\">") !=
        std::string::npos);
}

}  // namespace factlint
