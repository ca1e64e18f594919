// End to end: what a newsroom meets first (issue 16): datelines and page metadata as the
// publication date, a note whenever checks were skipped or the records stop, and the command-line
// conventions of other linters.
#include <nlohmann/json.hpp>

#include "lint_support.h"

using namespace lint_test;
using nlohmann::json;

namespace {

const std::string kWrongStart = "Russia's war in Ukraine began in February 2024, officials said.\n";

json file_of(const Run& r) {
  INFO(r.out << r.err);
  json j = json::parse(r.out);
  REQUIRE(j["files"].size() == 1);
  return j["files"][0];
}

std::string published_of(const Scratch& s, const std::string& name, const std::string& text) {
  s.write(name, text);
  json f = file_of(s.run("check " + kLoad + " -f json --fail-on never " + name));
  return f.contains("published") && f["published"].is_string() ? f["published"].get<std::string>()
                                                               : "";
}

std::string notes_of(const json& file) {
  std::string all;
  if (file.contains("notes"))
    for (const auto& n : file["notes"]) all += n.get<std::string>() + "\n";
  return all;
}

// A repository whose rules are the event-date rules at warning severity.
void write_warning_repo(const Scratch& s, const std::string& extra) {
  s.write(".factlint.yaml", "rules: {event-start-date: warning}\n" + extra);
  s.write("a/one.txt", "date 2025-08-08\n" + kWrongStart);
  s.write("a/two.txt", "date 2025-08-08\nThe Gulf War ended in 1992.\n");
}

}  // namespace

TEST_CASE("Publication date: wire datelines", "[e2e][newsroom]") {
  Scratch s;
  CHECK(published_of(s, "rome.txt",
                     "ROME, Thu, 06 March 2025 -- The Italian government said the Ukraine war "
                     "began in 2014.\n") == "2025-03-06");
  CHECK(published_of(s, "kyiv.txt",
                     "KYIV, Ukraine, Feb. 24 (Reuters) - Ukraine marked the anniversary.\n\n"
                     "© 2025 Thomson Reuters\n") == "2025-02-24");
  CHECK(published_of(s, "london.txt", "LONDON, March 3, 2025 (AP) — Britain said so.\n") ==
        "2025-03-03");

  // No year and no single copyright year: not a date, and the note says why.
  s.write("kyiv-no-year.txt", "KYIV, Ukraine, Feb. 24 (Reuters) - Ukraine marked the day.\n");
  json f = file_of(s.run("check " + kLoad + " -f json --fail-on never kyiv-no-year.txt"));
  CHECK(f["published"].is_null());
  CHECK_THAT(notes_of(f),
             Catch::Contains("time-relative checks skipped") && Catch::Contains("gives no year"));
  // Two copyright years are ambiguous.
  CHECK(published_of(s, "two-years.txt",
                     "KYIV, Feb. 24 (Reuters) - Text.\n© 2024 Reuters\n© 2025 Reuters\n") == "");
  // A dateline without a date gives none.
  CHECK(published_of(s, "ap.txt", "WASHINGTON (AP) — Congress met on Tuesday.\n") == "");
}

TEST_CASE("Publication date: schema.org datePublished in HTML", "[e2e][newsroom]") {
  Scratch s;
  CHECK(published_of(s, "ld.html",
                     "<html><head><script type=\"application/ld+json\">{\"@context\": "
                     "\"https://schema.org\", \"@graph\": [{\"@type\": \"NewsArticle\", "
                     "\"datePublished\": \"2025-04-01T08:00:00Z\"}]}</script></head><body>"
                     "<article><p>Text.</p><time datetime=\"2020-01-01\">then</time></article>"
                     "</body></html>") == "2025-04-01");
  CHECK(published_of(s, "micro.html",
                     "<html><body><article itemscope itemtype=\"https://schema.org/NewsArticle\">"
                     "<meta itemprop=\"datePublished\" content=\"2025-05-02\"><p>Text, 2019.</p>"
                     "<time datetime=\"2019-01-01\">then</time></article></body></html>") ==
        "2025-05-02");
  // A broken JSON-LD block is skipped, not fatal.
  CHECK(published_of(s, "broken.html",
                     "<html><head><script type=\"application/ld+json\">{oops</script></head>"
                     "<body><p>Text.</p><time datetime=\"2021-06-07\">x</time></body></html>") ==
        "2021-06-07");
}

TEST_CASE("Skipped checks are noted in SARIF as tool execution notifications", "[e2e][newsroom]") {
  Scratch s;
  s.write("undated.txt", kWrongStart);
  Run r = s.run("check " + kLoad + " -f sarif --fail-on never undated.txt");
  INFO(r.out << r.err);
  json run = json::parse(r.out)["runs"][0];
  json notes = run["invocations"][0]["toolExecutionNotifications"];
  REQUIRE(notes.size() == 1);
  CHECK(notes[0]["level"] == "note");
  CHECK_THAT(notes[0]["message"]["text"].get<std::string>(),
             Catch::Contains("time-relative checks skipped"));
  CHECK(notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "undated.txt");
}

TEST_CASE("Knowledge-base age: copy newer than the records says so once per file",
          "[e2e][newsroom]") {
  Scratch s;
  s.write("sunak.txt",
          "date 2026-12-02\nPrime Minister Rishi Sunak spoke on Monday. Prime Minister Rishi "
          "Sunak left.\n");
  Run r = s.run("check --fail-on never sunak.txt");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  const std::string kNote = "knowledge current to 2025-07-01; later facts unverifiable";
  auto at = r.out.find(kNote);
  REQUIRE(at != std::string::npos);
  CHECK_THAT(r.out, Catch::Contains("people/united-kingdom.yaml"));
  // Once per knowledge file, though the claim is made twice.
  std::string uk = "people/united-kingdom.yaml)";
  auto first = r.out.find(uk);
  CHECK(r.out.find(uk, first + 1) == std::string::npos);

  // Copy dated within the records gets no such note.
  s.write("sunak-2023.txt", "date 2023-12-02\nPrime Minister Rishi Sunak spoke on Monday.\n");
  Run old = s.run("check --fail-on never sunak-2023.txt");
  CHECK_THAT(old.out, !Catch::Contains("later facts unverifiable"));
}

TEST_CASE("Linter conventions: -f, --quiet, --min-severity, --max-warnings", "[e2e][newsroom]") {
  Scratch s;
  write_warning_repo(s, "");
  const std::string load = kLoad + " --rules '" + kRoot + "/rules/event-date.yaml'";
  Run all = s.run("check " + load + " -f json a");
  INFO(all.out << all.err);
  json j = json::parse(all.out);
  CHECK(j["summary"]["warning"] == 1);
  CHECK(j["summary"]["error"] == 1);

  Run quiet = s.run("check " + load + " -f json --quiet a");
  json q = json::parse(quiet.out);
  CHECK(q["summary"]["warning"] == 0);
  CHECK(q["summary"]["error"] == 1);

  Run min = s.run("check " + load + " -f json --min-severity error --fail-on warning a");
  CHECK(json::parse(min.out)["summary"]["warning"] == 0);

  // Only the warning left: --max-warnings decides the exit code.
  s.write("a/two.txt", "date 2025-08-08\nThe Gulf War ended in 1991.\n");
  CHECK(s.run("check " + load + " a").exit_code == 0);
  CHECK(s.run("check " + load + " --max-warnings 1 a").exit_code == 0);
  Run over = s.run("check " + load + " --max-warnings 0 a");
  CHECK(over.exit_code == 1);
  CHECK_THAT(over.err, Catch::Contains("more than --max-warnings 0"));
  CHECK(s.run("check " + load + " --min-severity nonsense a").exit_code == 2);
}

TEST_CASE("Linter conventions: colour only when asked or on a terminal", "[e2e][newsroom]") {
  Scratch s;
  s.write("a.txt", "date 2025-08-08\n" + kWrongStart);
  Run plain = s.run("check " + kLoad + " a.txt");
  CHECK(plain.out.find('\033') == std::string::npos);
  Run colour = s.run("check " + kLoad + " --color a.txt");
  CHECK_THAT(colour.out, Catch::Contains("\033[1;31merror:\033[0m"));
  Run none = s.run("check " + kLoad + " --no-color a.txt");
  CHECK(none.out.find('\033') == std::string::npos);
  // On a terminal (script(1) gives one), colour by default; NO_COLOR turns it off.
  auto on_terminal = [&](const std::string& env) {
    std::string cmd = "cd '" + s.dir().string() + "' && " + env + " script -qec \"'" + kBinary +
                      "' check " + kLoad + " a.txt\" /dev/null </dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buf{};
    for (std::size_t n; (n = fread(buf.data(), 1, buf.size(), pipe)) > 0;)
      out.append(buf.data(), n);
    pclose(pipe);
    return out;
  };
  std::string tty = on_terminal("");
  CHECK_THAT(tty, Catch::Contains("\033[1;31merror:"));
  std::string no_color = on_terminal("NO_COLOR=1");
  CHECK_THAT(no_color, Catch::Contains("error:"));
  CHECK(no_color.find('\033') == std::string::npos);
}

TEST_CASE("Linter conventions: no files checked is an error", "[e2e][newsroom]") {
  Scratch s;
  s.write("empty/.keep", "");
  Run empty = s.run("check " + kLoad + " empty");
  CHECK(empty.exit_code == 2);
  CHECK_THAT(empty.err, Catch::Contains("no files to check in empty"));
  s.write("articles/a.md", "date 2025-08-08\nText.\n");
  Run glob = s.run("check " + kLoad + " --glob '*.markdown' articles");
  CHECK(glob.exit_code == 2);
  CHECK_THAT(glob.err, Catch::Contains("no file matches --glob"));
}

TEST_CASE("Baselines: --write-baseline exits 0, baseline: in the config is used",
          "[e2e][newsroom]") {
  Scratch s;
  s.write("a/one.txt", "date 2025-08-08\n" + kWrongStart);
  Run write = s.run("check " + kLoad + " --write-baseline base.json a");
  INFO(write.err);
  CHECK(write.exit_code == 0);
  CHECK(fs::exists(s.dir() / "base.json"));
  CHECK(s.run("check " + kLoad + " a").exit_code == 1);
  s.write(".factlint.yaml", "baseline: base.json\n");
  Run with_config = s.run("check " + kLoad + " a");
  CHECK(with_config.exit_code == 0);
  CHECK_THAT(with_config.err, Catch::Contains("already in the baseline"));
  s.write(".factlint.yaml", "baseline: missing.json\n");
  CHECK(s.run("check " + kLoad + " a").exit_code == 2);
}

TEST_CASE("Config overrides: rule settings per glob", "[e2e][newsroom]") {
  Scratch s;
  s.write(".factlint.yaml",
          "overrides:\n  - files: [\"archive/**\"]\n    rules: {event-start-date: off}\n"
          "  - files: [\"drafts/*.txt\"]\n    rules: {event-start-date: info}\n");
  s.write("news/a.txt", "date 2025-08-08\n" + kWrongStart);
  s.write("archive/a.txt", "date 2025-08-08\n" + kWrongStart);
  s.write("drafts/a.txt", "date 2025-08-08\n" + kWrongStart);
  Run r = s.run("check " + kLoad + " -f json --fail-on never news archive drafts");
  INFO(r.out << r.err);
  json j = json::parse(r.out);
  REQUIRE(j["files"].size() == 3);
  for (const auto& f : j["files"]) {
    std::string path = f["path"];
    if (path.rfind("news", 0) == 0) CHECK(f["findings"][0]["severity"] == "error");
    if (path.rfind("archive", 0) == 0) CHECK(f["findings"].empty());
    if (path.rfind("drafts", 0) == 0) CHECK(f["findings"][0]["severity"] == "info");
  }
  s.write(".factlint.yaml", "overrides:\n  - files: [\"x\"]\n    rules: {no-such-rule: off}\n");
  Run bad = s.run("check " + kLoad + " news");
  CHECK(bad.exit_code == 2);
  CHECK_THAT(bad.err, Catch::Contains(".factlint.yaml:3") && Catch::Contains("no-such-rule"));
}

TEST_CASE("factlint init writes a commented config and never overwrites", "[e2e][newsroom]") {
  Scratch s;
  Run first = s.run("init");
  CHECK(first.exit_code == 0);
  std::string written = slurp(s.dir() / ".factlint.yaml");
  CHECK_THAT(written, Catch::Contains("# ") && Catch::Contains("fail_on: error"));
  // What it writes is a valid configuration.
  s.write("a.txt", "date 2025-08-08\nText.\n");
  CHECK(s.run("config a.txt").exit_code == 0);
  Run again = s.run("init");
  CHECK(again.exit_code == 2);
  CHECK_THAT(again.err, Catch::Contains("already exists"));
  CHECK(slurp(s.dir() / ".factlint.yaml") == written);
}

TEST_CASE("factlint explain and the rule help URI", "[e2e][newsroom]") {
  Scratch s;
  Run r = s.run("explain event-start-date");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("event-start-date (event_date, error)") &&
                        Catch::Contains("rules/event-date.yaml:") && Catch::Contains("flagged:") &&
                        Catch::Contains("consistent:"));
  CHECK(s.run("explain no-such-rule").exit_code == 2);

  s.write("a.txt", "date 2025-08-08\n" + kWrongStart);
  json sarif = json::parse(s.run("check " + kLoad + " -f sarif a.txt").out);
  std::string help = sarif["runs"][0]["tool"]["driver"]["rules"][0]["helpUri"];
  CHECK_THAT(help, Catch::StartsWith("file://") && Catch::Contains("rules/event-date.yaml#L"));
}

TEST_CASE("Reports: -o page.html writes a file; evidence once; kb lookup text", "[e2e][newsroom]") {
  Scratch s;
  s.write("a.txt", "date 2025-08-08\n" + kWrongStart);
  Run page = s.run("check " + kLoad + " -f html -o page.html a.txt");
  INFO(page.err);
  CHECK(page.exit_code == 1);
  CHECK(fs::is_regular_file(s.dir() / "page.html"));
  std::string one_page = slurp(s.dir() / "page.html");
  CHECK_THAT(one_page, Catch::Contains("<html"));
  // A knowledge base outside the working directory is linked by a file: URI.
  CHECK_THAT(one_page, Catch::Contains("class=\"kb\" href=\"file:///"));
  // One inside it, from a report folder inside it too: relative to the report.
  s.write("kb/events.yaml", slurp(kRoot + "/tests/fixtures/kb/events.yaml"));
  s.write("kb/countries.yaml", slurp(kRoot + "/tests/fixtures/kb/countries.yaml"));
  Run folder = s.run("check --no-default-knowledge --knowledge kb --no-default-rules --rules '" +
                     kRoot + "/rules/event-date.yaml' -f html -o review/ a.txt");
  CHECK(folder.exit_code == 1);
  CHECK_THAT(slurp(s.dir() / "review/a.txt.html"),
             Catch::Contains("class=\"kb\" href=\"../kb/events.yaml#L"));

  Run text = s.run("check " + kLoad + " a.txt");
  std::istringstream lines(text.out);
  std::vector<std::string> evidence;
  for (std::string line; std::getline(lines, line);)
    if (line.find("= evidence:") != std::string::npos) {
      CHECK(std::find(evidence.begin(), evidence.end(), line) == evidence.end());
      evidence.push_back(line);
    }
  CHECK(!evidence.empty());

  Run lookup = s.run("kb lookup 'Vladimir Putin' --format text");
  CHECK(lookup.exit_code == 0);
  CHECK(lookup.out.rfind("Vladimir Putin (vladimir-putin, person)", 0) == 0);
  CHECK_THAT(lookup.out, Catch::Contains("  born: 1952-10-07") && !Catch::Contains("{"));
}

TEST_CASE("Suppressions and hard-wrapped paragraphs", "[e2e][newsroom]") {
  Scratch s;
  // Before a wrapped paragraph: the sentence starting on the next line is covered whole.
  s.write("before.md",
          "---\ndate: 2025-08-08\n---\n"
          "<!-- factlint-disable-next-line event-start-date -- the minister's words -->\n"
          "The minister said that Russia's war in Ukraine\nbegan in February 2024, and that it "
          "would\nend soon.\n\nRussia's war in Ukraine began in February 2024.\n");
  Run before = s.run("check " + kLoad + " -f json before.md");
  INFO(before.out << before.err);
  json f = file_of(before)["findings"];
  REQUIRE(f.size() == 1);  // only the second paragraph's claim, and no unused-suppression
  CHECK(f[0]["line"] == 9);
  CHECK(f[0]["rule"] == "event-start-date");

  // Inside a paragraph: the sentence runs on across the comment, and the claim is still read
  // (and, here, suppressed); without the comment's rule it is found.
  const std::string inside =
      "The minister said that Russia's war in Ukraine\n"
      "<!-- factlint-disable-next-line RULE -- quoted as said -->\n"
      "began in February 2024, officials said.\n";
  auto replace_rule = [&](const std::string& rule) {
    std::string t = "---\ndate: 2025-08-08\n---\n" + inside;
    t.replace(t.find("RULE"), 4, rule);
    return t;
  };
  s.write("inside.md", replace_rule("event-start-date"));
  json in = file_of(s.run("check " + kLoad + " -f json inside.md"));
  CHECK(in["findings"].empty());
  CHECK(in["claims"].size() == 1);
  s.write("other.md", replace_rule("weekday"));
  json other = file_of(s.run("check " + kLoad + " -f json other.md"));
  int found_on = 0;
  for (const auto& x : other["findings"])
    if (x["rule"] == "event-start-date") found_on = x["line"];
  CHECK(found_on == 6);

  // Plain text: the same with a # comment line.
  s.write("plain.txt",
          "date 2025-08-08\nThe minister said that Russia's war in Ukraine\n"
          "# factlint-disable-next-line event-start-date -- quoted as said\n"
          "began in February 2024, officials said.\n");
  json plain = file_of(s.run("check " + kLoad + " -f json plain.txt"));
  CHECK(plain["findings"].empty());
  CHECK(plain["claims"].size() == 1);
}

TEST_CASE("Knowledge patches: close a term and add an alias without restating the entity",
          "[e2e][newsroom]") {
  Scratch s;
  s.write("kb/updates.yaml",
          "as_of: 2026-12-01\nentities:\n"
          "  - patch: keir-starmer\n"
          "    close: [{office: prime-minister-of-the-united-kingdom, end: 2026-11-30,\n"
          "             source: https://example.org/record}]\n"
          "    aliases: [PM Starmer]\n");
  Run lookup = s.run("kb lookup 'PM Starmer' --knowledge kb --format json");
  INFO(lookup.out << lookup.err);
  REQUIRE(lookup.exit_code == 0);
  json e = json::parse(lookup.out)["entities"][0];
  CHECK(e["id"] == "keir-starmer");
  CHECK(e["born"] == "1962-09-02");  // the rest of the entity is untouched
  CHECK(e["positions"][0]["end"] == "2026-11-30");
  CHECK(e["as_of"] == "2026-12-01");
  CHECK(s.run("kb validate --knowledge kb").exit_code == 0);

  // Mistakes are errors at file:line.
  s.write("kb/updates.yaml", "entities:\n  - patch: no-such-person\n    aliases: [X]\n");
  Run unknown = s.run("kb validate --knowledge kb");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.err, Catch::Contains("kb/updates.yaml:2:") &&
                              Catch::Contains("no entity 'no-such-person'"));
  s.write("kb/updates.yaml", "entities:\n  - patch: keir-starmer\n    born: 1900\n");
  Run key = s.run("kb validate --knowledge kb");
  CHECK(key.exit_code == 2);
  CHECK_THAT(key.err,
             Catch::Contains("kb/updates.yaml:3:") && Catch::Contains("unknown key 'born'"));
  s.write("kb/updates.yaml",
          "entities:\n  - patch: keir-starmer\n    close: [{office: president-of-russia, end: "
          "2026}]\n");
  Run nothing = s.run("kb validate --knowledge kb");
  CHECK(nothing.exit_code == 2);
  CHECK_THAT(nothing.err, Catch::Contains("kb/updates.yaml:3:") &&
                              Catch::Contains("no open term of 'president-of-russia'"));
}

TEST_CASE("kb refresh: shipped queries, recorded results, a layer and a patch, end to end",
          "[e2e][newsroom]") {
  Scratch s;
  Run list = s.run("kb refresh --list");
  INFO(list.out << list.err);
  CHECK(list.exit_code == 0);
  for (const char* q : {"heads-of-state-and-government", "ministers", "memberships", "conflicts"})
    CHECK_THAT(list.out, Catch::Contains(q));
  Run query = s.run("kb refresh heads-of-state-and-government --print-query");
  CHECK_THAT(query.out, Catch::Contains("SELECT") && Catch::Contains("wdt:P1906") &&
                            Catch::Contains("?positionStartPrecision"));
  Run no_results = s.run("kb refresh conflicts");
  CHECK(no_results.exit_code == 2);
  CHECK_THAT(no_results.err, Catch::Contains("--results FILE") && Catch::Contains("--print-query"));
  CHECK(s.run("kb refresh no-such-query --results x.json").exit_code == 2);

  // The recorded answer to the heads query: a new prime minister from 2026-11-30.
  const std::string fixtures = kRoot + "/tests/fixtures/wikidata/";
  s.write("kb/README", "a layer of the knowledge base\n");
  Run heads = s.run("kb refresh heads-of-state-and-government --results '" + fixtures +
                    "refresh-heads.json' --as-of 2026-12-05 -o kb/heads.yaml");
  INFO(heads.err);
  REQUIRE(heads.exit_code == 0);
  std::string layer = slurp(s.dir() / "kb/heads.yaml");
  CHECK_THAT(layer, Catch::Contains("as_of: 2026-12-05") &&
                        Catch::Contains("office: prime-minister-of-the-united-kingdom") &&
                        Catch::Contains("start: 2026-11-30"));
  // Against the shipped records the new term overlaps Starmer's open one...
  CHECK(s.run("kb validate --knowledge kb").exit_code == 2);
  // ...which a patch closes, without restating him.
  s.write("kb/patches.yaml",
          "as_of: 2026-12-05\nentities:\n  - patch: keir-starmer\n"
          "    close: [{office: prime-minister-of-the-united-kingdom, end: 2026-11-29}]\n");
  Run valid = s.run("kb validate --knowledge kb");
  INFO(valid.err);
  CHECK(valid.exit_code == 0);
  s.write("story.txt", "date 2026-12-02\nPrime Minister Keir Starmer spoke on Monday.\n");
  Run check = s.run("check --knowledge kb -f json story.txt");
  INFO(check.out << check.err);
  CHECK(check.exit_code == 1);
  CHECK_THAT(check.out, Catch::Contains("Alex Example"));

  Run members = s.run("kb refresh memberships --results '" + fixtures +
                      "refresh-memberships.json' -o m.yaml");
  CHECK(members.exit_code == 0);
  CHECK_THAT(slurp(s.dir() / "m.yaml"),
             Catch::Contains("member: finland") && Catch::Contains("start: 2023-04-04"));
  Run wars = s.run("kb refresh conflicts --results '" + fixtures + "refresh-conflicts.json'");
  CHECK_THAT(wars.out, Catch::Contains("type: event") && Catch::Contains("start: 2025-09") &&
                           Catch::Contains("deaths: 120"));
}
