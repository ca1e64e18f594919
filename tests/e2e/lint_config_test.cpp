// End to end: .factlint.yaml, every key, found upwards, strict, printed with provenance.
#include <nlohmann/json.hpp>

#include "lint_support.h"

using namespace lint_test;
using nlohmann::json;

namespace {

const std::string kGulf = "date 2021-02-28\nThe Gulf War ended in 1992.\n";

// A repository whose .factlint.yaml brings its own knowledge base and rules.
void write_repo(const Scratch& s, const std::string& extra_config) {
  s.write("kb/events.yaml", slurp(kRoot + "/tests/fixtures/kb/events.yaml"));
  s.write("kb/countries.yaml", slurp(kRoot + "/tests/fixtures/kb/countries.yaml"));
  s.write("checks/event-date.yaml", slurp(kRoot + "/rules/event-date.yaml"));
  s.write(".factlint.yaml",
          "knowledge: [kb]\ndefault_knowledge: false\nrule_paths: [checks]\n"
          "default_rules: false\n" +
              extra_config);
  s.write("articles/gulf.txt", kGulf);
}

json findings_of(const Run& r) {
  json j = json::parse(r.out);
  json all = json::array();
  for (auto& f : j["files"])
    for (auto& x : f["findings"]) all.push_back(x);
  return all;
}

}  // namespace

TEST_CASE("Config: knowledge and rule paths, relative to the config file", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "");
  Run r = s.run("check --format json articles");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  json f = findings_of(r);
  REQUIRE(f.size() == 1);
  CHECK(f[0]["evidence"][0]["kb_file"].get<std::string>().find("kb/events.yaml") !=
        std::string::npos);
  // Named from elsewhere, the file still finds its configuration upwards.
  Run named = s.run("check --format json \"$PWD/articles/gulf.txt\"");
  CHECK(named.exit_code == 1);
}

TEST_CASE("Config: default_rules false and no rule paths checks nothing", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "");
  s.write(".factlint.yaml",
          "knowledge: [kb]\ndefault_knowledge: false\nrule_paths: []\ndefault_rules: false\n");
  Run r = s.run("check --format json articles");
  CHECK(r.exit_code == 0);
  CHECK(findings_of(r).empty());
}

TEST_CASE("Config: rules off, per-rule severity, fail_on", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "rules:\n  event-end-date: off\n");
  CHECK(s.run("check articles").exit_code == 0);

  write_repo(s, "rules:\n  event-end-date: warning\n");
  Run warn = s.run("check --format json articles");
  CHECK(warn.exit_code == 0);  // a warning does not fail at the default fail_on: error
  REQUIRE(findings_of(warn).size() == 1);
  CHECK(findings_of(warn)[0]["severity"] == "warning");

  write_repo(s, "rules:\n  event-end-date: warning\nfail_on: warning\n");
  CHECK(s.run("check articles").exit_code == 1);
  // The command line overrides the file.
  CHECK(s.run("check --fail-on never articles").exit_code == 0);
}

TEST_CASE("Config: include and exclude globs, relative to the config file", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "include: [\"articles/**/*.txt\", \"*.adoc\"]\nexclude: [\"articles/old/**\"]\n");
  s.write("articles/old/a.txt", kGulf);
  s.write("articles/n.adoc", kGulf);
  s.write("articles/skip.md", kGulf);
  Run r = s.run("check --format json .");
  INFO(r.err);
  std::vector<std::string> paths;
  json parsed = json::parse(r.out);
  for (auto& f : parsed["files"]) paths.push_back(f["path"]);
  CHECK(paths == std::vector<std::string>{"articles/gulf.txt", "articles/n.adoc"});
}

TEST_CASE("Config: numeric date order", "[e2e][lint]") {
  Scratch s;
  std::string text = "date 2021-02-28\nThe Gulf War began on 8/2/1990.\n";  // began 1990-08-02
  write_repo(s, "date_order: mdy\n");
  s.write("articles/gulf.txt", text);
  CHECK(s.run("check articles").exit_code == 0);
  write_repo(s, "date_order: dmy\n");
  s.write("articles/gulf.txt", text);
  CHECK(s.run("check articles").exit_code == 1);
}

TEST_CASE("Config: the nearest file upwards wins", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "");
  s.write("articles/.factlint.yaml",
          "knowledge: [../kb]\ndefault_knowledge: false\nrule_paths: [../checks]\n"
          "default_rules: false\nrules:\n  event-end-date: off\n");
  s.write("other/gulf.txt", kGulf);
  Run r = s.run("check --format json .");
  json j = json::parse(r.out);
  REQUIRE(j["files"].size() == 2);
  CHECK(j["files"][0]["path"] == "articles/gulf.txt");
  CHECK(j["files"][0]["findings"].empty());
  CHECK(j["files"][1]["findings"].size() == 1);
  // --config names one file for all.
  s.write("strict.yaml",
          "knowledge: [kb]\ndefault_knowledge: false\nrule_paths: [checks]\n"
          "default_rules: false\n");
  Run forced = s.run("check --config strict.yaml --format json .");
  CHECK(findings_of(forced).size() == 2);
}

TEST_CASE("Config: unknown or mistyped keys are errors with file:line", "[e2e][lint]") {
  Scratch s;
  write_repo(s, "exlude: [\"drafts/**\"]\n");
  Run unknown = s.run("check articles");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find(".factlint.yaml:5:1: error: unknown key 'exlude' (did you mean "
                         "'exclude'?)") != std::string::npos);

  write_repo(s, "include: \"*.md\"\n");
  Run mistyped = s.run("check articles");
  CHECK(mistyped.exit_code == 2);
  CHECK(mistyped.err.find(".factlint.yaml:5:10: error: include: expected a list") !=
        std::string::npos);

  write_repo(s, "fail_on: sometimes\n");
  CHECK(s.run("check articles").err.find(".factlint.yaml:5:10: error: fail_on") !=
        std::string::npos);

  write_repo(s, "date_order: ymd\n");
  CHECK(s.run("check articles").err.find(".factlint.yaml:5:13: error: date_order") !=
        std::string::npos);

  write_repo(s, "rules:\n  event-end-dat: off\n");
  Run rule = s.run("check articles");
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.find(".factlint.yaml:6:3: error: rules: unknown rule 'event-end-dat' (did you "
                      "mean 'event-end-date'?)") != std::string::npos);

  write_repo(s, "default_rules: maybe\n");
  CHECK(s.run("check articles").exit_code == 2);  // not a boolean

  s.write(".factlint.yaml", "knowledge: [kb\n");
  Run yaml = s.run("check articles");
  CHECK(yaml.exit_code == 2);
  CHECK(yaml.err.find(".factlint.yaml:") != std::string::npos);
  CHECK(std::count(yaml.err.begin(), yaml.err.end(), '\n') == 1);
}

TEST_CASE("factlint config prints the merged configuration and each value's origin",
          "[e2e][lint]") {
  Scratch s;
  write_repo(s, "rules:\n  event-end-date: warning\nfail_on: warning\n");
  Run r = s.run("config articles");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("# factlint configuration: ") != std::string::npos);
  CHECK(r.out.find("fail_on: warning  # ") != std::string::npos);
  CHECK(r.out.find(".factlint.yaml:7\n") != std::string::npos);  // fail_on's line
  CHECK(r.out.find("  event-end-date: warning  # ") != std::string::npos);
  CHECK(r.out.find("date_order: mdy  # default") != std::string::npos);
  CHECK(r.out.find("default_knowledge: false  # ") != std::string::npos);
  Run layered = s.run("config --knowledge extra articles");
  CHECK(layered.out.find(".factlint.yaml:1 + --knowledge") != std::string::npos);

  write_repo(s, "rules:\n  nonsense: off\n");
  Run bad = s.run("config articles");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("unknown rule 'nonsense'") != std::string::npos);
}
