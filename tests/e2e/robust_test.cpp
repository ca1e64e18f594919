// Robustness through the real binary: dates at and past the calendar's edges, and inputs that
// once crashed or hung a run (issue 15). Each must end with exit 0/1 and the usual report, or
// exit 2 and one clear line naming the file.
#include "lint_support.h"

using namespace lint_test;

namespace {

// The summary line of a text report for n files.
std::string checked(int n) {
  return std::to_string(n) + (n == 1 ? " file checked" : " files checked");
}

}  // namespace

TEST_CASE("Dates outside the calendar never abort a check", "[e2e][robust][dates]") {
  Scratch s;
  struct Case {
    const char* text;
    const char* date;
  };
  for (const Case& c :
       std::vector<Case>{{"It happened in 1054.", "2025-01-01"},
                         {"He lives at 1131 N. Dupont Highway; call 762-1132.", "2025-01-01"},
                         {"It happened 3000 years ago.", "2025-01-01"},
                         {"It happened 99999999 days ago.", "2025-01-01"},
                         {"It happened yesterday.", "1400-01-01"},
                         {"It will happen next year.", "9999-06-01"},
                         {"The war has lasted 9000000000000000000000 years.", "2025-01-01"},
                         {"It rained last summer.", "1400-03-01"},
                         {"It will snow next winter.", "9999-12-31"},
                         {"It has been 700 years since a gunman killed 50 people.", "2025-01-01"},
                         {"Mary Smith, 30, turned 9000 in 1999.", "2025-01-01"}}) {
    INFO(c.text << " published " << c.date);
    Run r = s.run(std::string("check --date ") + c.date + " --stdin-filename a.txt -",
                  std::string(c.text) + "\n");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(checked(1)) != std::string::npos);
    CHECK(r.err.find("internal error") == std::string::npos);
  }
}

TEST_CASE("An impossible front-matter date is no publication date", "[e2e][robust][dates]") {
  Scratch s;
  s.write("a.md", "---\ndate: 2025-02-30\n---\nIt happened yesterday in 1054.\n");
  Run r = s.run("check a.md");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("no publication date found") != std::string::npos);
}

TEST_CASE("An article before 1400 does not sink a batch", "[e2e][robust][dates]") {
  Scratch s;
  s.write("in/a-old.txt", "date 2025-01-01\n\nIt happened in 1054, at 1131 N. Dupont Highway.\n");
  s.write("in/b-war.txt",
          "date 2025-01-01\n\nThe Russian invasion of Ukraine began on February 24, 2021.\n");
  Run r = s.run("check --jobs 2 " + kLoad + " in");
  CHECK(r.exit_code == 1);  // the second file's contradiction
  CHECK(r.out.find(checked(2)) != std::string::npos);
  CHECK(r.out.find("in/b-war.txt") != std::string::npos);
}

TEST_CASE("An out-of-range death toll in the knowledge base is a load error", "[e2e][robust]") {
  Scratch s;
  s.write("kb/events.yaml",
          "entities:\n  - id: e\n    type: event\n    name: E\n    start: 2020-01-01\n"
          "    deaths: 99999999999999999999\n");
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  Run r = s.run("check --no-default-knowledge --knowledge kb a.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("kb/events.yaml:6") != std::string::npos);
  CHECK(r.err.find("out of range") != std::string::npos);
}

TEST_CASE("A bug while checking one file is reported for it, the others are checked",
          "[e2e][robust][isolation]") {
  Scratch s;
  s.write("in/a-fine.txt",
          "date 2025-01-01\n\nThe Russian invasion of Ukraine began on "
          "February 24, 2021.\n");
  s.write("in/b-broken.txt", "date 2025-01-01\n\nHello.\n");
  s.write("in/c-fine.txt", "date 2025-01-01\n\nHello again.\n");
  Run text = s.run("check --jobs 2 " + kLoad + " in", "");
  REQUIRE(text.exit_code == 1);  // without the fault: a finding in a-fine.txt
  for (const char* format : {"text", "json", "sarif", "junit", "github", "markdown", "rdjson"}) {
    INFO(format);
    Run r = s.run("check --jobs 2 --format " + std::string(format) + " " + kLoad + " in", "",
                  "FACTLINT_INJECT_FAULT=b-broken");
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("in/b-broken.txt: internal error: injected fault") != std::string::npos);
    CHECK(r.out.find("a-fine.txt") != std::string::npos);  // its finding, as usual
    if (std::string(format) == "json") CHECK(r.out.find("c-fine.txt") != std::string::npos);
  }
}

TEST_CASE("Output: no partial file, devices written in place, stdout errors exit 2",
          "[e2e][robust][output]") {
  Scratch s;
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  Run missing = s.run("check --output no/such/dir/report.txt a.txt");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("no/such/dir/report.txt: cannot write") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir() / "no"));

  Run to_null = s.run("check --output /dev/null a.txt");
  CHECK(to_null.exit_code == 0);
  CHECK(fs::is_character_file("/dev/null"));
  CHECK_FALSE(fs::exists("/dev/null.tmp-factlint"));

  Run onto_dir = s.run("check --output . a.txt");
  CHECK(onto_dir.exit_code == 2);
  CHECK(onto_dir.err.find("is a directory") != std::string::npos);

  if (fs::exists("/dev/full")) {
    Run full = s.run("check a.txt >/dev/full");
    CHECK(full.exit_code == 2);
    CHECK(full.err.find("standard output: write failed") != std::string::npos);
  }
  for (const auto& entry : fs::directory_iterator(s.dir()))
    CHECK(entry.path().string().find(".tmp-factlint") == std::string::npos);
}

TEST_CASE("Glob matching takes linear passes, not backtracking", "[e2e][robust][bounds]") {
  Scratch s;
  s.write("in/" + std::string(60, 'a') + ".txt", "date 2025-01-01\n\nHello.\n");
  std::string pattern;
  for (int i = 0; i < 40; ++i) pattern += "a*";
  Run r = s.run("check --glob '" + pattern + "b' in");  // exponential before: never returned
  // It returns: nothing matches, which is an error of its own (a CI that lints nothing).
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no files to check") != std::string::npos);
  Run hit = s.run("check --glob '" + pattern + ".txt' in");
  CHECK(hit.out.find(checked(1)) != std::string::npos);
}

TEST_CASE("An overlong sentence is skipped with a note", "[e2e][robust][bounds]") {
  Scratch s;
  std::string sentence;
  while (sentence.size() < 98 * 1024) sentence += "Putin and Zelensky met in Kyiv in 2022 and ";
  s.write("long.txt", "date 2025-01-01\n\nA short one.\n\n" + sentence + "done.\n");
  Run r = s.run("check long.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("long.txt: note: line 5: a sentence of") != std::string::npos);
  CHECK(r.out.find("not read for claims") != std::string::npos);
}

// The bad-input matrix: each input gives a report (exit 0) or a warning naming the file, with
// no partial output file. Big inputs are generated here, never committed.
TEST_CASE("Bad inputs: a report or one clear line naming the file", "[e2e][robust][badinput]") {
  Scratch s;
  struct Case {
    std::string name;
    std::string bytes;
    const char* expect_err;  // nullptr: a clean report of one file
  };
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("Hello world.")) utf16 += std::string(1, c) + '\0';
  std::vector<Case> cases = {
      {"empty.txt", "", nullptr},
      {"binary.txt",
       std::string("\x7F"
                   "ELF\x02\x01\x01\0\0\0",
                   10),
       "binary file"},
      {"invalid.txt", "Caf\xC3 \xFF\xFE ok.", "not valid UTF-8"},
      {"utf16.txt", utf16, "UTF-16 text (byte order mark)"},
      {"nul.txt", std::string("Hello\0world.", 12), "binary file"},
      {"crlf.txt", "date 2025-01-01\r\n\r\nIt rained yesterday.\r\nOk.\rLone CR.\r", nullptr},
      {"line.txt", "date 2025-01-01\n\n" + std::string(5 << 20, 'x') + "\n", nullptr},
      {"deep.html",
       "<p>" +
           [] {
             std::string deep;
             for (int i = 0; i < 100000; ++i) deep += "<b>";
             return deep + "It rained.";
           }(),
       nullptr},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    s.write(c.name, c.bytes);
    Run r = s.run("check --output report.txt " + c.name);
    CHECK(r.exit_code == 0);
    if (c.expect_err) {
      CHECK(r.err.find(c.name + ": " + c.expect_err) != std::string::npos);
    } else {
      CHECK(r.err.empty());
      CHECK(slurp(s.dir() / "report.txt").find(checked(1)) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(s.dir() / "report.txt.tmp-factlint"));
  }
}

TEST_CASE("Bad inputs: a folder, a symlink loop or a missing file where a file is expected",
          "[e2e][robust][badinput]") {
  Scratch s;
  fs::create_symlink("loop", s.dir() / "loop");
  fs::create_directories(s.dir() / "kb");
  fs::create_directory_symlink(".", s.dir() / "kb" / "self");
  s.write("kb/a.yaml",
          "entities:\n  - id: x\n    type: person\n    name: X Y\n    sources: "
          "[https://example.org]\n");
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  Run loop = s.run("check loop");
  CHECK(loop.exit_code == 2);
  CHECK(loop.err.find("loop: ") != std::string::npos);
  Run kb =
      s.run("check --no-default-knowledge --knowledge kb a.txt");  // a folder linking to itself
  CHECK(kb.exit_code == 0);
  Run dir_config = s.run("check --config kb a.txt");
  CHECK(dir_config.exit_code == 2);
  CHECK(dir_config.err.find("kb: no such configuration file") != std::string::npos);
}

TEST_CASE("Bad inputs: a million short lines", "[e2e][robust][badinput][.slow]") {
  Scratch s;
  std::string lines = "date 2025-01-01\n\n";
  for (int i = 0; i < 1000000; ++i) lines += "Hi.\n";
  s.write("many.txt", lines);
  Run r = s.run("check many.txt");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(checked(1)) != std::string::npos);
}

TEST_CASE("kb import of a JSON array is a clear error", "[e2e][robust][badinput]") {
  Scratch s;
  s.write("arr.json", "[1, 2, 3]\n");
  Run r = s.run("kb import --wikidata arr.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("arr.json:1:1: error: unexpected Wikidata entity JSON") != std::string::npos);
}

TEST_CASE("A rule whose quoting swallows a slot is rejected at load time",
          "[e2e][robust][badinput]") {
  Scratch s;
  s.write("r.yaml",
          "- id: swallowed\n  kind: event_date\n  severity: error\n  description: d\n"
          "  patterns:\n    - \"\\\\Q{event}\\\\E began on {date}\"\n"
          "  check: {fact: start, compare: overlaps}\n  message: m\n");
  s.write("a.txt", "date 2025-01-01\n\nThe Gulf War began on August 2, 1990.\n");
  Run r = s.run("check --no-default-rules --rules r.yaml a.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("r.yaml:") != std::string::npos);
  CHECK(r.err.find("swallowed by the pattern") != std::string::npos);
}

TEST_CASE("A duplicate key in .factlint.yaml is an error naming its line", "[e2e][robust]") {
  Scratch s;
  s.write(".factlint.yaml", "fail_on: error\ndefault_rules: true\nfail_on: never\n");
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  Run r = s.run("check a.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(".factlint.yaml:3:1: error: duplicate key 'fail_on'") != std::string::npos);
}
