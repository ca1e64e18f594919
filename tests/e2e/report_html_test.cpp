// End to end: the real binary writes an HTML review report, Debian's chromium renders it
// headless, and the test reads the rendered DOM: every finding highlighted and annotated, a
// <script> in the copy still text. Screenshots go to <build>/report-screenshots/ for a person
// to look at.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>
#include <vector>

namespace {

namespace fs = std::filesystem;

const std::string kRoot = FACTLINT_SOURCE_DIR;
const std::string kBinary = FACTLINT_BINARY;
const std::string kFixture = "tests/report/fixtures/script-in-copy.md";
// The fixture knowledge base and the event-date rules alone, so the output stays fixed while
// the shipped knowledge base and rules grow.
const std::string kFixtureKb =
    "--no-default-knowledge --knowledge tests/fixtures/kb --no-default-rules --rules "
    "rules/event-date.yaml";

struct Run {
  int exit_code;
  std::string out;
};

// Runs a shell command from the source root; stderr goes to `err_file` when given.
Run shell(const std::string& command, const std::string& err_file = "/dev/null") {
  std::string cmd = "cd '" + kRoot + "' && " + command + " 2>'" + err_file + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

std::string fresh_dir() {
  std::string pattern = (fs::temp_directory_path() / "factlint-report-XXXXXX").string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  REQUIRE(mkdtemp(buf.data()) != nullptr);
  return buf.data();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Debian's chromium, headless, with a profile of its own that is removed afterwards.
Run chromium(const std::string& args) {
  REQUIRE(shell("command -v chromium").exit_code == 0);  // tools/install-deps.sh installs it
  std::string profile = fresh_dir();
  Run r = shell(
      "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
      "--disable-background-networking --disable-component-update --disable-sync "
      "--user-data-dir='" +
      profile + "' " + args);
  fs::remove_all(profile);
  return r;
}

std::string rendered_dom(const std::string& page) {
  Run r = chromium("--dump-dom 'file://" + page + "'");
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.out.find("</html>") != std::string::npos);
  return r.out;
}

// Saves a screenshot under the build tree and checks that it is a real PNG of some size.
void screenshot(const std::string& page, const std::string& name, const std::string& size) {
  fs::path dir = fs::path(kBinary).parent_path() / "report-screenshots";
  fs::create_directories(dir);
  fs::path png = dir / name;
  fs::remove(png);
  Run r = chromium("--hide-scrollbars --window-size=" + size + " --screenshot='" + png.string() +
                   "' 'file://" + page + "'");
  REQUIRE(r.exit_code == 0);
  std::string bytes = read_file(png.string());
  REQUIRE(bytes.size() > 20000);
  CHECK(bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n");
}

// Text as chromium serialises it in the DOM.
std::string dom_text(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1))
    ++n;
  return n;
}

// The element that opens at `open` up to its closing tag (no nesting of the same tag needed).
std::string element_from(const std::string& dom, std::size_t open, const std::string& close) {
  std::size_t end = dom.find(close, open);
  REQUIRE(end != std::string::npos);
  return dom.substr(open, end - open);
}

}  // namespace

TEST_CASE("html report: the rendered page highlights and annotates every finding") {
  nlohmann::json report = nlohmann::json::parse(
      shell("'" + kBinary + "' check " + kFixtureKb + " --format json --fail-on never " + kFixture)
          .out);
  const nlohmann::json& file = report["files"][0];
  const nlohmann::json& findings = file["findings"];
  REQUIRE(findings.size() == 2);  // the Ukraine war's start and the Gulf War's

  std::string dir = fresh_dir();
  Run r = shell("'" + kBinary + "' check " + kFixtureKb + " --format html --output '" + dir +
                "/' " + kFixture);
  REQUIRE(r.exit_code == 1);  // the findings are errors
  std::string page = dir + "/script-in-copy.md.html";
  REQUIRE(fs::exists(page));
  REQUIRE(fs::exists(dir + "/index.html"));
  std::string dom = rendered_dom(page);

  for (std::size_t i = 0; i < findings.size(); ++i) {
    const nlohmann::json& x = findings[i];
    std::string number = std::to_string(i + 1);
    INFO("finding " << number << ": " << x["message"].get<std::string>());
    // The highlight: a contradicted mark around exactly the excerpt.
    std::smatch mark;
    std::regex mark_re("<mark class=\"hl contradicted\" id=\"claim-[0-9]+\" data-finding=\"" +
                       number + "\"[^>]*>");
    REQUIRE(std::regex_search(dom, mark, mark_re));
    std::size_t text_at = static_cast<std::size_t>(mark.position(0) + mark.length(0));
    CHECK(element_from(dom, text_at, "</mark>") == dom_text(x["excerpt"].get<std::string>()));
    // The margin note: in the row of the finding's line, with the copy against the records
    // and every piece of evidence linked to its source and knowledge-base entry.
    // A Markdown paragraph is one row: the line's anchor is the row's id or a span inside it.
    std::size_t anchor = dom.find("id=\"L" + std::to_string(x["line"].get<int>()) + "\"");
    REQUIRE(anchor != std::string::npos);
    std::size_t row = dom.rfind("<div class=\"line", anchor);
    REQUIRE(row != std::string::npos);
    CHECK(dom.compare(row, 26, "<div class=\"line has-note\"") == 0);
    std::size_t note_at = dom.find(
        "<aside class=\"note error\" id=\"note-" + number + "\" data-finding=\"" + number, row);
    REQUIRE(note_at != std::string::npos);
    CHECK(note_at < dom.find("<div class=\"line", row + 1));
    std::string note = element_from(dom, note_at, "</aside>");
    CHECK(note.find(dom_text(x["message"].get<std::string>())) != std::string::npos);
    CHECK(note.find("<th>Copy says</th><td>“" + dom_text(x["excerpt"].get<std::string>())) !=
          std::string::npos);
    CHECK(note.find("<th>Records hold</th><td>" + dom_text(x["expected"].get<std::string>())) !=
          std::string::npos);
    REQUIRE(!x["evidence"].empty());
    for (const nlohmann::json& e : x["evidence"]) {
      CHECK(note.find("<a href=\"" + e["source"].get<std::string>() + "\">") != std::string::npos);
      CHECK(note.find(e["kb_file"].get<std::string>() + ":" +
                      std::to_string(e["kb_line"].get<int>()) + "</a>") != std::string::npos);
    }
  }
  CHECK(count(dom, "<aside class=\"note") == findings.size());
  CHECK(count(dom, " data-finding=\"") == 2 * findings.size());  // each mark and its note
  // Every claim is highlighted with its verdict.
  for (const nlohmann::json& c : file["claims"])
    CHECK(dom.find("class=\"hl " + c["verdict"].get<std::string>() + "\"") != std::string::npos);

  // Markdown as an editor reads it: no front matter, a hard-wrapped paragraph in one row that
  // still names its source lines.
  std::size_t article_at = dom.find("<div class=\"line");
  CHECK(dom.find("Desk test: markup and slips", article_at) == std::string::npos);
  CHECK(dom.find("date: 2025-08-08</div>") == std::string::npos);
  CHECK(dom.find("<span class=\"ln\">6–7</span>") != std::string::npos);
  CHECK(dom.find("<span class=\"src-line\" id=\"L7\"></span>") != std::string::npos);

  // The <script> in the copy is text in the DOM, not an element; {{style}} is not expanded.
  CHECK(dom.find("<script") == std::string::npos);
  CHECK(dom.find("A reader pasted &lt;script&gt;alert(1)&lt;/script&gt; into the comments, with "
                 "\"quotes\" &amp; {{style}} too.") != std::string::npos);

  screenshot(page, "article.png", "1280,1500");
  fs::remove_all(dir);
}

TEST_CASE("html report: the index has a row per file, totals per rule and kind, and a chart") {
  std::string dir = fresh_dir();
  Run r = shell("'" + kBinary + "' check " + kFixtureKb + " --format html --output '" + dir +
                "/reports' tests/fixtures/articles " + kFixture);
  REQUIRE(r.exit_code == 1);
  std::string index = dir + "/reports/index.html";
  std::string dom = rendered_dom(index);
  nlohmann::json report =
      nlohmann::json::parse(shell("'" + kBinary + "' check " + kFixtureKb +
                                  " --format json tests/fixtures/articles " + kFixture)
                                .out);
  std::map<std::string, int> per_rule_and_severity;
  for (const nlohmann::json& f : report["files"]) {
    std::string path = f["path"].get<std::string>();
    std::string page = fs::path(path).filename().string() + ".html";
    INFO(path);
    CHECK(dom.find("<a href=\"" + page + "\">" + path + "</a>") != std::string::npos);
    CHECK(fs::exists(dir + "/reports/" + page));
    for (const nlohmann::json& x : f["findings"])
      ++per_rule_and_severity[x["rule"].get<std::string>() + ": ?" +
                              x["severity"].get<std::string>()];
  }
  // The chart has a bar segment per rule and severity, carrying the count the JSON has.
  CHECK(dom.find("<svg class=\"chart\"") != std::string::npos);
  REQUIRE(!per_rule_and_severity.empty());
  for (const auto& [key, n] : per_rule_and_severity) {
    std::string title = key;
    title.replace(title.find('?'), 1, std::to_string(n) + " ");
    CHECK(dom.find("<title>" + title + "</title>") != std::string::npos);
  }
  CHECK(dom.find("<tr class=\"total\"><td>" + std::to_string(report["files"].size()) +
                 " files</td>") != std::string::npos);
  CHECK(dom.find("<table class=\"kinds\">") != std::string::npos);
  CHECK(dom.find("<script") == std::string::npos);
  screenshot(index, "index.png", "1280,1000");
  fs::remove_all(dir);
}

namespace {

// Every link of a page to a local file (the article, knowledge-base entries) resolves from the
// folder the page was written to, whether it lies inside the checkout (a relative link) or not
// (a file: URI).
void check_local_links_resolve(const std::string& page) {
  std::string html = read_file(page);
  std::regex href_re("href=\"([^\"#]*)(#L[0-9]+)?\"");
  int local = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href_re);
       it != std::sregex_iterator(); ++it) {
    std::string target = (*it)[1].str();
    if (target.empty() || target.rfind("http", 0) == 0 || target.rfind("data:", 0) == 0) continue;
    INFO(page << " links to " << target);
    fs::path file = target.rfind("file://", 0) == 0 ? fs::path(target.substr(7))
                                                    : fs::path(page).parent_path() / target;
    CHECK(fs::is_regular_file(file));
    ++local;
  }
  CHECK(local >= 3);  // the article and both pieces of evidence
}

}  // namespace

TEST_CASE("html report -o PAGE: links resolve from the page's folder") {
  // Outside the checkout: file: URIs. Inside it: relative to the page, not to the working
  // directory.
  std::string outside_dir = fresh_dir();
  std::string inside_dir = "build-report-test-" + std::to_string(getpid());
  // The page as named on the command line (run from the checkout), and where it lands.
  const std::pair<std::string, std::string> pages[] = {
      {outside_dir + "/review/story.html", outside_dir + "/review/story.html"},
      {inside_dir + "/nested/story.html", kRoot + "/" + inside_dir + "/nested/story.html"}};
  for (const auto& [named, written] : pages) {
    fs::create_directories(fs::path(written).parent_path());
    Run r = shell("'" + kBinary + "' check " + kFixtureKb + " --format html -o '" + named + "' " +
                  kFixture);
    REQUIRE(r.exit_code == 1);
    check_local_links_resolve(written);
  }
  CHECK(read_file(pages[1].second).find("href=\"../../tests/fixtures/kb/") != std::string::npos);
  CHECK(read_file(pages[0].second).find("href=\"file:///") != std::string::npos);
  fs::remove_all(outside_dir);
  fs::remove_all(kRoot + "/" + inside_dir);
}

TEST_CASE("html report on stdout: one file's page, or a clear error for several") {
  Run one = shell("'" + kBinary + "' check " + kFixtureKb + " --format html " + kFixture);
  CHECK(one.exit_code == 1);
  CHECK(one.out.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(one.out.find("id=\"note-2\"") != std::string::npos);

  std::string err = fresh_dir() + "/err";
  Run several = shell("'" + kBinary + "' check " + kFixtureKb + " --format html " + kFixture +
                          " tests/fixtures/articles",
                      err);
  CHECK(several.exit_code == 2);
  CHECK(several.out.empty());
  CHECK(std::regex_match(read_file(err),
                         std::regex("factlint: --format html: [0-9]+ files need --output DIR/ "
                                    "\\(an index page and one page per file\\)\n")));
  fs::remove_all(fs::path(err).parent_path());
}

TEST_CASE("markdown report: findings with file:line links and evidence, from the binary") {
  unsetenv("GITHUB_SHA");
  Run r = shell("'" + kBinary + "' check " + kFixtureKb + " --format markdown " + kFixture);
  CHECK(r.exit_code == 1);
  CHECK(r.out.rfind("### factlint: 2 errors, 0 warnings, 0 infos in 1 file", 0) == 0);
  CHECK(r.out.find("| **error** | [" + kFixture + ":7](" + kFixture + "#L7) |") !=
        std::string::npos);
  CHECK(r.out.find("[source](https://www.wikidata.org/wiki/Q110999040)") != std::string::npos);
  CHECK(r.out.find("<script") == std::string::npos);
}
