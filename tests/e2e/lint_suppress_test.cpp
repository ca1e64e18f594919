// End to end: inline suppressions in every form, and baselines that survive edits.
#include <nlohmann/json.hpp>

#include "lint_support.h"

using namespace lint_test;
using nlohmann::json;

namespace {

struct Result {
  int exit_code;
  std::vector<std::pair<std::string, int>> findings;  // rule, line
};

Result check(const Scratch& s, const std::string& args) {
  Run r = s.run("check " + kLoad + " --format json " + args);
  INFO(r.err);
  REQUIRE(r.exit_code != 2);
  Result out{r.exit_code, {}};
  json parsed = json::parse(r.out);
  for (auto& f : parsed["files"])
    for (auto& x : f["findings"]) out.findings.emplace_back(x["rule"], x["line"]);
  return out;
}

using Findings = std::vector<std::pair<std::string, int>>;

const std::string kFront = "---\ndate: 2021-02-28\n---\n";

}  // namespace

TEST_CASE("Markdown: disable-next-line with a reason silences that line only", "[e2e][lint]") {
  Scratch s;
  s.write("a.md",
          "---\ndate: 2021-02-28\n---\n"
          "<!-- factlint-disable-next-line event-end-date -- the minister's words, kept -->\n"
          "The Gulf War ended in 1992.\n"
          "The Gulf War ended in 1993.\n");
  Result r = check(s, "a.md");
  CHECK(r.findings == Findings{{"event-end-date", 6}});
}

TEST_CASE("Markdown: disable ... enable covers a range, for the rules it names", "[e2e][lint]") {
  Scratch s;
  s.write("a.md",
          "---\ndate: 2021-02-28\n---\n"
          "<!-- factlint-disable event-end-date -- archive copy, reproduced as printed -->\n"
          "The Gulf War ended in 1992.\n\nThe Gulf War ended in 1993.\n"
          "<!-- factlint-enable event-end-date -->\n"
          "The Gulf War ended in 1994.\n");
  CHECK(check(s, "a.md").findings == Findings{{"event-end-date", 9}});
  // A disable for another rule suppresses nothing, and says so.
  s.write("b.md",
          "---\ndate: 2021-02-28\n---\n"
          "<!-- factlint-disable-next-line event-start-date -- wrong rule -->\n"
          "The Gulf War ended in 1992.\n");
  CHECK(check(s, "b.md").findings == Findings{{"unused-suppression", 4}, {"event-end-date", 5}});
}

TEST_CASE("HTML comments in HTML articles suppress too", "[e2e][lint]") {
  Scratch s;
  s.write("a.html",
          "<html><head><meta property=\"article:published_time\" content=\"2021-02-28\"></head>"
          "<body>\n<!-- factlint-disable-next-line -- all rules: a quoted archive line -->\n"
          "<p>The Gulf War ended in 1992.</p>\n</body></html>\n");
  CHECK(check(s, "a.html").findings.empty());
}

TEST_CASE("Plain text: the same comments after # or //", "[e2e][lint]") {
  Scratch s;
  s.write("a.txt",
          "date 2021-02-28\n"
          "# factlint-disable-next-line event-end-date -- as the wire sent it\n"
          "The Gulf War ended in 1992.\n"
          "// factlint-disable event-end-date -- legacy paragraph\n"
          "The Gulf War ended in 1993.\n"
          "// factlint-enable event-end-date\n"
          "The Gulf War ended in 1994.\n");
  CHECK(check(s, "a.txt").findings == Findings{{"event-end-date", 7}});
}

TEST_CASE("A suppression without a reason is a warning; one that suppresses nothing is reported",
          "[e2e][lint]") {
  Scratch s;
  s.write("a.txt",
          "date 2021-02-28\n"
          "# factlint-disable-next-line event-end-date\n"
          "The Gulf War ended in 1992.\n"
          "# factlint-disable-next-line event-end-date -- nothing here to suppress\n"
          "The Gulf War ended in February 1991.\n");
  Result r = check(s, "a.txt");
  CHECK(r.findings == Findings{{"suppression-without-reason", 2}, {"unused-suppression", 4}});
  CHECK(r.exit_code == 0);  // warnings; the default fail_on is error
  // They are rules like the others: a config can turn them off or up.
  s.write(".factlint.yaml",
          "rules:\n  suppression-without-reason: error\n  unused-suppression: off\n");
  Result configured = check(s, "a.txt");
  CHECK(configured.findings == Findings{{"suppression-without-reason", 2}});
  CHECK(configured.exit_code == 1);
}

TEST_CASE("Baseline: old findings hidden after edits above them, new ones reported",
          "[e2e][lint]") {
  Scratch s;
  std::string body = "The Gulf War ended in 1992, the paper said.\n";
  s.write("a.md", kFront + body);
  Result before = check(s, "--write-baseline baseline.json a.md");
  CHECK(before.findings.size() == 1);  // --write-baseline still reports
  json baseline = json::parse(slurp(s.path("baseline.json")));
  REQUIRE(baseline["findings"].size() == 1);
  CHECK(baseline["findings"][0]["path"] == "a.md");

  // Lines added above: the same claim on another line, the same fingerprint.
  s.write("a.md", kFront + "A new first paragraph.\n\nAnd another.\n\n" + body);
  Result edited = check(s, "--baseline baseline.json a.md");
  CHECK(edited.findings.empty());
  CHECK(edited.exit_code == 0);

  // A new wrong claim is reported, and only it.
  s.write("a.md", kFront +
                      "The Gulf War ended in 1992, the paper said.\n"
                      "The Gulf War ended in 1995.\n");
  Result added = check(s, "--baseline baseline.json a.md");
  CHECK(added.findings == Findings{{"event-end-date", 5}});
  CHECK(added.exit_code == 1);

  // Changing the stated value is a new claim.
  s.write("a.md", kFront + "The Gulf War ended in 1993, the paper said.\n");
  CHECK(check(s, "--baseline baseline.json a.md").findings.size() == 1);

  Run missing = s.run("check " + kLoad + " --baseline nope.json a.md");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("nope.json") != std::string::npos);
}
