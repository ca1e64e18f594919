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
