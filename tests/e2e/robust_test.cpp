// Robustness through the real binary: dates at and past the calendar's edges, and inputs that
// once crashed or hung a run (issue 15). Each must end with exit 0/1 and the usual report, or
// exit 2 and one clear line naming the file.
#include <algorithm>

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

namespace {

// "Billion laughs": nine levels of nine aliases each, 9^9 scalars if expanded.
std::string yaml_alias_bomb(const std::string& key) {
  std::string y = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    std::string prev(1, static_cast<char>(level - 1));
    y += std::string(1, level) + ": &" + std::string(1, level) + " [";
    for (int i = 0; i < 9; ++i) y += (i ? ", *" : "*") + prev;
    y += "]\n";
  }
  return y + key + ": *i\n";
}

// 100,000 levels, in flow style ([[[...]]]) and in block style (- - - ... x).
std::string yaml_deep_flow() {
  return std::string(100000, '[') + std::string(100000, ']') + "\n";
}
std::string yaml_deep_block() {
  std::string y;
  for (int i = 0; i < 100000; ++i) y += "- ";
  return y + "x\n";
}

std::size_t lines_of(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace

TEST_CASE("Bad inputs: YAML alias bombs and deep nesting in knowledge, rules and config",
          "[e2e][robust][badinput][yaml]") {
  Scratch s;
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  struct Case {
    std::string name;
    std::string yaml;
  };
  const std::vector<Case> yamls = {{"bomb", yaml_alias_bomb("entities")},
                                   {"flow", yaml_deep_flow()},
                                   {"block", yaml_deep_block()}};
  for (const Case& c : yamls) {
    INFO(c.name);
    s.write("kb-" + c.name + "/k.yaml", c.yaml);
    Run kb = s.run("check --no-default-knowledge --knowledge kb-" + c.name + " a.txt");
    CHECK(kb.exit_code == 2);
    CHECK(kb.err.find("kb-" + c.name + "/k.yaml:") != std::string::npos);
    CHECK(lines_of(kb.err) == 1);

    s.write("r-" + c.name + ".yaml", c.name == "bomb" ? yaml_alias_bomb("rules") : c.yaml);
    Run rules = s.run("check --no-default-rules --rules r-" + c.name + ".yaml a.txt");
    CHECK(rules.exit_code == 2);
    CHECK(rules.err.find("r-" + c.name + ".yaml:") != std::string::npos);
    CHECK(lines_of(rules.err) == 1);

    s.write("c-" + c.name + ".yaml", c.name == "bomb" ? yaml_alias_bomb("knowledge") : c.yaml);
    Run config = s.run("check --config c-" + c.name + ".yaml a.txt");
    CHECK(config.exit_code == 2);
    CHECK(config.err.find("c-" + c.name + ".yaml:") != std::string::npos);
    CHECK(lines_of(config.err) == 1);

    // In an article's front matter: no publication date from it, and the text is checked.
    s.write("fm-" + c.name + ".md", "---\n" + c.yaml + "---\nIt rained yesterday.\n");
    Run article = s.run("check fm-" + c.name + ".md");
    CHECK(article.exit_code == 0);
    CHECK(article.out.find(checked(1)) != std::string::npos);
  }
}

TEST_CASE("Bad inputs: catastrophic and oversized rule patterns", "[e2e][robust][badinput]") {
  Scratch s;
  s.write("a.txt", "date 2025-01-01\n\n" + std::string(3000, 'x') +
                       " The Russian invasion of Ukraine began on February 24, 2021.\n");
  auto rule = [](const std::string& pattern) {
    return "- id: r\n  kind: event_date\n  severity: error\n  description: d\n  patterns:\n"
           "    - '" +
           pattern + "'\n  check: {fact: start, compare: overlaps}\n  message: m\n";
  };
  // Exponential for a backtracking engine; RE2 is linear, so this one is an ordinary rule.
  s.write("nested.yaml", rule("(?:x+x+)+y?.*?{event} began on {date}"));
  Run nested = s.run("check --no-default-knowledge --knowledge '" + kRoot +
                     "/tests/fixtures/kb' --no-default-rules --rules nested.yaml a.txt");
  CHECK(nested.exit_code == 1);
  CHECK(nested.out.find("[r]") != std::string::npos);
  // Past RE2's memory budget (a letter class repeated 1,000 times): a clear load error.
  s.write("huge.yaml", rule("\\pL{1000} {event} began on {date}"));
  Run huge = s.run("check --no-default-rules --rules huge.yaml a.txt");
  CHECK(huge.exit_code == 2);
  CHECK(huge.err.find("huge.yaml:6:7: error: pattern too large") != std::string::npos);
  CHECK(lines_of(huge.err) == 1);
}

TEST_CASE("Bad inputs: unreadable paths are reported one by one, the other files checked",
          "[e2e][robust][badinput][paths]") {
  Scratch s;
  const std::string contradiction =
      "date 2025-01-01\n\nThe Russian invasion of Ukraine began on February 24, 2021.\n";
  s.write("a.txt", contradiction);
  s.write("z.txt", contradiction);
  s.write("in/b.txt", contradiction);
  fs::create_symlink("loop.txt", s.dir() / "loop.txt");
  fs::create_symlink("loop2.md", s.dir() / "in" / "loop2.md");  // met on a folder walk
  bool proc = fs::exists("/proc/self/mem");  // open succeeds, read fails (EIO), even for root
  std::string args =
      "a.txt loop.txt missing.txt in z.txt" + std::string(proc ? " /proc/self/mem" : "");
  for (const char* format : {"text", "json"}) {
    INFO(format);
    Run r =
        // The options after kLoad end its --rules list, which would take the paths too.
        s.run("check " + kLoad + " --format " + std::string(format) + " --output report " + args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("factlint: loop.txt: cannot read: Too many levels of symbolic links\n") !=
          std::string::npos);
    CHECK(r.err.find("factlint: missing.txt: no such file or directory\n") != std::string::npos);
    CHECK(r.err.find("factlint: in/loop2.md: cannot read: Too many levels of symbolic links\n") !=
          std::string::npos);
    if (proc)
      CHECK(r.err.find("factlint: /proc/self/mem: cannot read: Input/output error\n") !=
            std::string::npos);
    CHECK(lines_of(r.err) == (proc ? 4u : 3u));
    std::string report = slurp(s.dir() / "report");
    for (const char* good : {"a.txt", "in/b.txt", "z.txt"})
      CHECK(report.find(good) != std::string::npos);
    if (std::string(format) == "text") CHECK(report.find(checked(3)) != std::string::npos);
  }
  // A folder where a file is expected.
  fs::create_directories(s.dir() / "folder");
  Run baseline = s.run("check --baseline folder a.txt");
  CHECK(baseline.exit_code == 2);
  CHECK(baseline.err.find("folder: is a directory, not a baseline file") != std::string::npos);
  // A symlink loop named like a knowledge file is a load error naming it, not a crash.
  fs::create_directories(s.dir() / "kb");
  fs::create_symlink("x.yaml", s.dir() / "kb" / "x.yaml");
  Run kb = s.run("check --no-default-knowledge --knowledge kb a.txt");
  CHECK(kb.exit_code == 2);
  CHECK(kb.err.find("kb/x.yaml: error: cannot read: Too many levels of symbolic links") !=
        std::string::npos);
}

TEST_CASE("Bad inputs: --output into a read-only folder", "[e2e][robust][badinput][output]") {
  Scratch s;
  s.write("a.txt", "date 2025-01-01\n\nHello.\n");
  // A folder that refuses new files even to root (a chmod 555 folder does not stop root).
  fs::path ro = s.dir() / "ro";
  fs::create_directories(ro);
  fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
  if (std::ofstream(ro / "probe")) {
    fs::remove(ro / "probe");
    ro = "/sys";
  }
  if (std::ofstream(ro / "factlint-probe")) {
    fs::remove(ro / "factlint-probe");
    WARN("SKIPPED: no folder refuses writes here (root, and /sys is writable)");
    return;
  }
  std::string target = (ro / "report.txt").string();
  Run r = s.run("check --output '" + target + "' a.txt");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "factlint: " + target + ": cannot write: Permission denied\n");
  CHECK_FALSE(fs::exists(target));
  fs::permissions(s.dir() / "ro", fs::perms::owner_all);
}
