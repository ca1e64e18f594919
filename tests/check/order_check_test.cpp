// order and internal-order: before/after assertions over a whole article, through the whole
// pipeline with the shipped rules, on the shipped knowledge base and on a small one written here
// (an event the records do not date, so that only the article's words order it).
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "engine/checker.h"
#include "knowledge/knowledge_base.h"
#include "knowledge/loader.h"
#include "pipeline.h"
#include "read/readers.h"

using namespace factlint;
using factlint::test::shipped_kb;
using factlint::test::shipped_rules;

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;

// The Brexit referendum, dated, and talks the records know but do not date.
std::shared_ptr<const KnowledgeBase> talks_kb() {
  static std::shared_ptr<const KnowledgeBase> kb = [] {
    Diagnostics diags;
    std::string text = R"(
- id: brexit-referendum
  type: event
  name: 2016 United Kingdom European Union membership referendum
  aliases: [Brexit referendum]
  descriptors: [referendum, vote]
  date: 2016-06-23
  sources: [https://en.wikipedia.org/wiki/2016_United_Kingdom_European_Union_membership_referendum]
- id: harbour-talks
  type: event
  name: Harbour talks
  descriptors: [talks]
  sources: [https://example.org/harbour-talks]
)";
    auto entities = load_knowledge_text(text, "talks.yaml", diags);
    REQUIRE_FALSE(diags.has_errors());
    return KnowledgeBase::from_entities(entities, diags);
  }();
  return kb;
}

FileReport check_text(const std::string& text, const char* date,
                      std::shared_ptr<const KnowledgeBase> kb) {
  Checker checker(std::move(kb), shipped_rules());
  std::string error;
  auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
  REQUIRE(doc);
  RunOptions run;
  run.date_override = FuzzyDate::parse(date)->first_day();
  return checker.check(std::move(*doc), run);
}

std::vector<const Finding*> order_findings(const FileReport& r) {
  std::vector<const Finding*> out;
  for (const Finding& f : r.findings)
    if (f.rule == "internal-order") out.push_back(&f);
  return out;
}

struct Run {
  int exit_code;
  std::string out;
};

// The real binary, run from the source tree, stdout kept.
Run run_binary(const std::string& args) {
  std::string cmd = "cd '" + kRoot + "' && '" + FACTLINT_BINARY + "' " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

// Evidence that points into the article itself, at a line.
bool cites_article_line(const Finding& f, int line) {
  return std::any_of(f.evidence.begin(), f.evidence.end(), [&](const Evidence& e) {
    return e.kb.file == "t.txt" && e.kb.line == line && e.source.empty();
  });
}

}  // namespace

TEST_CASE("internal-order: a date put after an event the records date later is flagged once",
          "[check][order]") {
  FileReport r = check_text(
      "On March 7, 2021, days after the full-scale invasion of Ukraine, Sweden weighed joining "
      "NATO.",
      "2024-03-08", shipped_kb());
  auto found = order_findings(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->kind == "internal");
  CHECK(found[0]->where.line == 1);
  CHECK(found[0]->excerpt.find("March 7, 2021, days after the full-scale invasion of Ukraine") !=
        std::string::npos);
  CHECK(found[0]->message.find("2022-02-24") != std::string::npos);
  REQUIRE_FALSE(found[0]->evidence.empty());
  CHECK(found[0]->evidence[0].entity == "russian-invasion-of-ukraine");
  CHECK(found[0]->evidence[0].kb.file.find("knowledge/events/") != std::string::npos);
  CHECK(found[0]->evidence[0].kb.line > 0);
  CHECK_FALSE(found[0]->evidence[0].source.empty());
  auto contradicted = std::count_if(r.claims.begin(), r.claims.end(), [](const ClaimRecord& c) {
    return c.rule == "internal-order" && c.verdict == Verdict::kContradicted;
  });
  CHECK(contradicted == 1);
}

TEST_CASE(
    "internal-order: two assertions that close a cycle through a date are flagged at the "
    "second",
    "[check][order]") {
  // The referendum (June 23) came before the talks, and the talks before June 1: no reading
  // allows both, though neither is wrong alone, since the records do not date the talks.
  FileReport r = check_text(
      "The Harbour talks came weeks after the Brexit referendum.\n"
      "On June 1, 2016, days after the Harbour talks, negotiators met again.\n",
      "2016-12-01", talks_kb());
  auto found = order_findings(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->where.line == 2);
  CHECK(found[0]->subject == "harbour-talks");
  CHECK(found[0]->message.find("2016-06-23") != std::string::npos);
  CHECK(found[0]->message.find("Harbour talks came weeks after Brexit referendum") !=
        std::string::npos);
  CHECK(cites_article_line(*found[0], 1));
  CHECK(std::any_of(found[0]->evidence.begin(), found[0]->evidence.end(),
                    [](const Evidence& e) { return e.entity == "brexit-referendum"; }));
}

TEST_CASE("internal-order: an event the article dates itself anchors it", "[check][order]") {
  FileReport r = check_text(
      "The Harbour talks began on March 3, 2023, in Lisbon.\n"
      "On March 1, 2023, days after the talks began, the delegations returned home.\n",
      "2023-04-01", talks_kb());
  auto found = order_findings(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->where.line == 2);
  CHECK(found[0]->subject == "harbour-talks");
  CHECK(found[0]->message.find("March 3, 2023") != std::string::npos);
  CHECK(cites_article_line(*found[0], 1));

  // The same two sentences in a consistent order are left alone.
  CHECK(order_findings(check_text("The Harbour talks began on March 3, 2023, in Lisbon.\n"
                                  "On March 9, 2023, days after the talks began, the delegations "
                                  "returned home.\n",
                                  "2023-04-01", talks_kb()))
            .empty());
}

TEST_CASE("internal-order: orders some reading allows are not flagged", "[check][order]") {
  const char* consistent[] = {
      // A chain with no cycle: the talks are undated, so nothing closes.
      ("The Harbour talks came weeks after the Brexit referendum.\n"
       "On June 1, 2017, days after the Harbour talks, negotiators met again.\n"),
      // Coarse dates are periods: "2016" holds days after June 23.
      "In 2016, days after the Brexit referendum, the pound fell.\n",
      // The same day: a minute before midnight is still ahead of a deadline that day.
      "The plane left on August 31, hours ahead of the August 31 deadline.\n",
  };
  for (const char* text : consistent) {
    INFO(text);
    CHECK(order_findings(check_text(text, "2017-09-01", talks_kb())).empty());
  }
  // A quotation is the speaker's order, and a negated order asserts none.
  CHECK(order_findings(check_text("\"On June 1, 2016, days after the Brexit referendum, we "
                                  "met,\" she said.\n",
                                  "2017-09-01", talks_kb()))
            .empty());
  CHECK(order_findings(check_text("The Harbour talks did not come after the Brexit referendum.\n"
                                  "On June 1, 2016, days after the Harbour talks, they met.\n",
                                  "2017-09-01", talks_kb()))
            .empty());
}

TEST_CASE("order: claims the graph cannot use are not compared as values either",
          "[check][order]") {
  // "the referendum result" is not the referendum's moment, so neither order is judged; the
  // two dates are the sides of two orders, not two values of one fact.
  FileReport r = check_text(
      "On June 22, 2016, the day before the Brexit referendum result, polls were tied.\n"
      "On June 23, 2016, hours before the Brexit referendum result, markets rose.\n",
      "2017-09-01", shipped_kb());
  CHECK(std::count_if(r.claims.begin(), r.claims.end(),
                      [](const ClaimRecord& c) { return c.kind == "order"; }) == 2);
  CHECK(r.findings.empty());
}

TEST_CASE("internal-order: a stated gap the dates cannot give is flagged", "[check][order]") {
  FileReport r =
      check_text("On June 16, 2015, a week before the Brexit referendum, the polls tightened.\n",
                 "2017-09-01", talks_kb());
  auto found = order_findings(r);
  REQUIRE(found.size() == 1);
  CHECK(found[0]->message.find("days apart") != std::string::npos);
  CHECK(
      order_findings(check_text("On June 16, 2016, a week before the Brexit referendum, the polls "
                                "tightened.\n",
                                "2017-09-01", talks_kb()))
          .empty());
}

TEST_CASE("internal-order end to end: the fixture article's order slip, through the binary",
          "[e2e][order]") {
  Run r = run_binary(
      "check --no-default-knowledge --knowledge tests/fixtures/kb --format json "
      "tests/fixtures/articles/sweden-nato-order.md");
  CHECK(r.exit_code == 1);
  auto j = nlohmann::json::parse(r.out);
  std::vector<nlohmann::json> order;
  for (const auto& f : j["files"][0]["findings"])
    if (f["rule"] == "internal-order") order.push_back(f);
  // Line 10 puts February 3, 2023 weeks before the invasion; line 8's "days before" is right.
  REQUIRE(order.size() == 1);
  CHECK(order[0]["kind"] == "internal");
  CHECK(order[0]["line"] == 10);
  CHECK(order[0]["excerpt"].get<std::string>().find("February 3, 2023, weeks before") !=
        std::string::npos);
  CHECK(order[0]["message"].get<std::string>().find("2022-02-24") != std::string::npos);
  REQUIRE(order[0]["evidence"].size() == 1);
  CHECK(order[0]["evidence"][0]["kb_file"] == "tests/fixtures/kb/events.yaml");
  CHECK(order[0]["evidence"][0]["kb_line"].get<int>() > 0);
  CHECK(order[0]["evidence"][0]["source"] == "https://www.wikidata.org/wiki/Q110999040");
}
