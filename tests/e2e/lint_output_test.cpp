// End to end: the machine output formats (sarif, rdjson, junit, github) and exit codes.
#include <nlohmann/json.hpp>

#include "lint_support.h"

using namespace lint_test;
using nlohmann::json;

namespace {

// One error (the war's start) on a line with a non-ASCII character before the span.
const std::string kArticle =
    "---\ndate: 2025-08-08\n---\n"
    "Kyiv’s envoy said the Ukraine war started by Russia in February 2024 must end.\n";

}  // namespace

TEST_CASE("SARIF: rules, results, related locations at the evidence, fingerprints", "[e2e][lint]") {
  Scratch s;
  s.write("articles/a.md", kArticle);
  Run r = s.run("check " + kLoad + " --format sarif articles");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  json j = json::parse(r.out);
  CHECK(j["version"] == "2.1.0");
  auto& run = j["runs"][0];
  auto& driver = run["tool"]["driver"];
  CHECK(driver["name"] == "factlint");
  REQUIRE(driver["rules"].size() == 1);
  auto& rule = driver["rules"][0];
  CHECK(rule["id"] == "event-start-date");
  CHECK_FALSE(rule["shortDescription"]["text"].get<std::string>().empty());
  CHECK_FALSE(rule["fullDescription"]["text"].get<std::string>().empty());
  CHECK_FALSE(rule["help"]["text"].get<std::string>().empty());
  CHECK_FALSE(rule["help"]["markdown"].get<std::string>().empty());
  REQUIRE(run["results"].size() == 1);
  auto& result = run["results"][0];
  CHECK(result["ruleId"] == "event-start-date");
  CHECK(result["ruleIndex"] == 0);
  CHECK(result["level"] == "error");
  CHECK(result["message"]["text"].get<std::string>().find("2022-02-24") != std::string::npos);
  REQUIRE(result["locations"].size() == 1);
  auto& loc = result["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "articles/a.md");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  CHECK(loc["region"]["startLine"] == 4);
  CHECK(loc["region"]["startColumn"] == 56);  // code points: ’ is one
  CHECK(loc["region"]["endColumn"] == 69);
  CHECK(loc["region"]["snippet"]["text"] == "February 2024");
  CHECK(run["columnKind"] == "unicodeCodePoints");
  REQUIRE(result["relatedLocations"].size() == 2);
  for (auto& related : result["relatedLocations"]) {
    std::string uri = related["physicalLocation"]["artifactLocation"]["uri"];
    CHECK(uri.find("tests/fixtures/kb/events.yaml") != std::string::npos);
    CHECK(related["physicalLocation"]["region"]["startLine"].get<int>() > 0);
  }
  std::string fp = result["partialFingerprints"]["factlintClaim/v1"];
  CHECK(fp.size() == 16);

  // The fingerprint follows the claim, not the line.
  s.write("articles/a.md", "---\ndate: 2025-08-08\n---\nA new lead.\n\n" + kArticle.substr(25));
  json moved = json::parse(s.run("check " + kLoad + " --format sarif articles").out);
  auto& moved_result = moved["runs"][0]["results"][0];
  CHECK(moved_result["locations"][0]["physicalLocation"]["region"]["startLine"] == 6);
  CHECK(moved_result["partialFingerprints"]["factlintClaim/v1"] == fp);
}

TEST_CASE("rdjson: reviewdog diagnostics with UTF-8 byte columns", "[e2e][lint]") {
  Scratch s;
  s.write("a.md", kArticle);
  Run r = s.run("check " + kLoad + " --format rdjson a.md");
  CHECK(r.exit_code == 1);
  json j = json::parse(r.out);
  CHECK(j["source"]["name"] == "factlint");
  REQUIRE(j["diagnostics"].size() == 1);
  auto& d = j["diagnostics"][0];
  CHECK(d["severity"] == "ERROR");
  CHECK(d["code"]["value"] == "event-start-date");
  CHECK(d["location"]["path"] == "a.md");
  CHECK(d["location"]["range"]["start"]["line"] == 4);
  CHECK(d["location"]["range"]["start"]["column"] == 58);  // ’ is three bytes
  CHECK(d["location"]["range"]["end"]["column"] == 71);
}

TEST_CASE("JUnit: one suite per file, a failing case per finding", "[e2e][lint]") {
  Scratch s;
  s.write("a.md", kArticle);
  s.write("b.txt", "date 2021-02-28\nThe Gulf War ended in February 1991.\n");
  Run r = s.run("check " + kLoad + " --format junit a.md b.txt");
  CHECK(r.exit_code == 1);
  CHECK(r.out.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites", 0) == 0);
  CHECK(r.out.find("<testsuite name=\"a.md\" tests=\"1\" failures=\"1\"") != std::string::npos);
  CHECK(r.out.find("<testcase classname=\"a.md\" name=\"event-start-date at 4:56\"") !=
        std::string::npos);
  CHECK(r.out.find("<failure message=\"") != std::string::npos);
  CHECK(r.out.find("<testsuite name=\"b.txt\" tests=\"1\" failures=\"0\"") != std::string::npos);
  CHECK(r.out.find("</testsuites>\n") != std::string::npos);
}

TEST_CASE("GitHub: workflow commands with file, line, columns and title", "[e2e][lint]") {
  Scratch s;
  s.write("a.md", kArticle);
  Run r = s.run("check " + kLoad + " --format github a.md");
  CHECK(r.exit_code == 1);
  CHECK(r.out.rfind("::error file=a.md,line=4,col=56,endLine=4,endColumn=69,title=factlint "
                    "event-start-date::",
                    0) == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 1);  // evidence escaped as %0A
  CHECK(r.out.find("%0Aevidence: ") != std::string::npos);
}

TEST_CASE("Exit codes follow --fail-on", "[e2e][lint]") {
  Scratch s;
  s.write("a.md", kArticle);
  CHECK(s.run("check " + kLoad + " a.md").exit_code == 1);
  CHECK(s.run("check " + kLoad + " --fail-on never a.md").exit_code == 0);
  // Only a warning left (the error suppressed, but without a reason).
  s.write("w.md", "---\ndate: 2025-08-08\n---\n<!-- factlint-disable-next-line -->\n" +
                      kArticle.substr(25));
  CHECK(s.run("check " + kLoad + " w.md").exit_code == 0);
  CHECK(s.run("check " + kLoad + " --fail-on warning w.md").exit_code == 1);
  CHECK(s.run("check " + kLoad + " --fail-on info w.md").exit_code == 1);
  CHECK(s.run("check " + kLoad + " --format nonsense a.md").exit_code == 2);
}
