// End to end: every input format through the real binary, positions in the original file.
#include <nlohmann/json.hpp>

#include "lint_support.h"

using namespace lint_test;
using nlohmann::json;

namespace {

json check_json(const Scratch& s, const std::string& args, const std::string& in = "") {
  Run r = s.run("check " + kLoad + " --format json " + args, in);
  INFO(r.err);
  REQUIRE(r.exit_code != 2);
  return json::parse(r.out);
}

// The text at 1-based line:column (code points) .. end_column of `text`.
std::string span_at(const std::string& text, int line, int column, int end_column) {
  std::istringstream in(text);
  std::string l;
  for (int i = 0; i < line; ++i) std::getline(in, l);
  auto to_byte = [&](int col) {
    std::size_t b = 0;
    for (int c = 1; c < col; ++c) {
      ++b;
      while (b < l.size() && (static_cast<unsigned char>(l[b]) & 0xC0) == 0x80) ++b;
    }
    return b;
  };
  return l.substr(to_byte(column), to_byte(end_column) - to_byte(column));
}

}  // namespace

TEST_CASE("HTML: the article body through Gumbo; head, script, style and nav left out",
          "[e2e][lint]") {
  Scratch s;
  std::string html = fixture("articles/war.html");
  s.write("war.html", html);
  json j = check_json(s, "war.html");
  auto& file = j["files"][0];
  CHECK(file["published"] == "2025-08-08");
  CHECK(file["published_from"] == "HTML meta article:published_time");
  // Only the two claims of the <article>: none from <title>, <script>, <style> or <nav>.
  REQUIRE(file["claims"].size() == 2);
  REQUIRE(file["findings"].size() == 1);
  auto& f = file["findings"][0];
  CHECK(f["line"] == 14);
  CHECK(f["excerpt"] == "February 2024");
  // After "&amp;" and "&#8217;" and inside <b>, the span still points into the file.
  CHECK(span_at(html, f["line"], f["column"], f["end_column"]) == "February 2024");
}

TEST_CASE("ninjs body_html: JSON escapes and markup mapped back to the file", "[e2e][lint]") {
  Scratch s;
  std::string ninjs = fixture("articles/war.ninjs.json");
  s.write("war.ninjs.json", ninjs);
  json j = check_json(s, "war.ninjs.json");
  auto& file = j["files"][0];
  CHECK(file["published"] == "2025-08-08");
  CHECK(file["published_from"] == "ninjs versioncreated");
  REQUIRE(file["findings"].size() == 1);
  auto& f = file["findings"][0];
  CHECK(f["line"] == 6);
  CHECK(span_at(ninjs, f["line"], f["column"], f["end_column"]) == "February 2024");
  CHECK(f["excerpt"] == "February 2024");
}

TEST_CASE("ninjs body_text with firstcreated", "[e2e][lint]") {
  Scratch s;
  std::string ninjs = fixture("articles/gulf.ninjs");
  s.write("gulf.ninjs", ninjs);
  json j = check_json(s, "gulf.ninjs");
  auto& file = j["files"][0];
  CHECK(file["published"] == "2021-02-28");
  REQUIRE(file["findings"].size() == 1);
  auto& f = file["findings"][0];
  CHECK(span_at(ninjs, f["line"], f["column"], f["end_column"]) == "1992");
}

TEST_CASE("A JSON file that is not ninjs is skipped with a warning", "[e2e][lint]") {
  Scratch s;
  s.write("package.json", "{\"name\": \"x\"}\n");
  Run r = s.run("check " + kLoad + " --format json package.json");
  CHECK(r.exit_code == 0);
  CHECK(r.err.find("package.json: not a ninjs document") != std::string::npos);
}

TEST_CASE("Markdown: front matter date; code, comments and link URLs are not prose",
          "[e2e][lint]") {
  Scratch s;
  s.write("a.md",
          "---\ndate: 2021-02-28\n---\n```\nThe Gulf War ended in 1995.\n```\n"
          "<!-- The Gulf War ended in 1996. -->\n"
          "See [it](https://example.org/the-gulf-war-ended-in-1997).\n"
          "The Gulf War ended in 1992.\n");
  json j = check_json(s, "a.md");
  auto& file = j["files"][0];
  CHECK(file["published_from"] == "front matter date:");
  REQUIRE(file["findings"].size() == 1);
  CHECK(file["findings"][0]["line"] == 9);
  CHECK(file["findings"][0]["column"] == 23);
}

TEST_CASE("Plain text, and stdin named by --stdin-filename", "[e2e][lint]") {
  Scratch s;
  std::string html = fixture("articles/war.html");
  json j = check_json(s, "--stdin-filename desk/war.html -", html);
  CHECK(j["files"][0]["path"] == "desk/war.html");
  REQUIRE(j["files"][0]["findings"].size() == 1);
  CHECK(j["files"][0]["findings"][0]["line"] == 14);  // read as HTML, by the name's extension
  json t = check_json(s, "-", "date 2021-02-28\nThe Gulf War ended in 1992.\n");
  CHECK(t["files"][0]["path"] == "-");
  CHECK(t["files"][0]["findings"][0]["line"] == 2);
}

TEST_CASE("Binary and non-UTF-8 files are skipped with a warning, never a crash", "[e2e][lint]") {
  Scratch s;
  s.write("good.txt", "date 2021-02-28\nThe Gulf War ended in 1992.\n");
  s.write("binary.txt", std::string("date 2021-02-28\0\x01\x02", 18));
  s.write("latin1.md", "The caf\xE9 said the Gulf War ended in 1992.\n");
  Run r = s.run("check " + kLoad + " --format json .");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("binary.txt: binary file") != std::string::npos);
  CHECK(r.err.find("latin1.md: not valid UTF-8") != std::string::npos);
  json j = json::parse(r.out);
  REQUIRE(j["files"].size() == 1);
  CHECK(j["files"][0]["path"] == "good.txt");
}

TEST_CASE("Folders: sorted walk honouring .gitignore, --glob and --exclude", "[e2e][lint]") {
  Scratch s;
  std::string wrong = "date 2021-02-28\nThe Gulf War ended in 1992.\n";
  s.write("b.md", wrong);
  s.write("a/z.txt", wrong);
  s.write("a/notes.adoc", wrong);
  s.write("build/out.md", wrong);
  s.write("drafts/x.md", wrong);
  s.write(".gitignore", "build/\n*.bak\n");
  s.write("old.md.bak", wrong);
  auto paths = [&](const std::string& args) {
    Run r = s.run("check " + kLoad + " --format json " + args);
    INFO(r.err);
    REQUIRE(r.exit_code == 1);
    std::vector<std::string> out;
    json parsed = json::parse(r.out);
    for (auto& f : parsed["files"]) out.push_back(f["path"]);
    return out;
  };
  CHECK(paths(".") == std::vector<std::string>{"a/z.txt", "b.md", "drafts/x.md"});
  CHECK(paths("--glob '**/*.adoc' .") == std::vector<std::string>{"a/notes.adoc"});
  CHECK(paths("--exclude drafts --exclude '*.txt' .") == std::vector<std::string>{"b.md"});
  // A named file is checked whatever its extension, unless excluded.
  CHECK(paths("a/notes.adoc b.md") == std::vector<std::string>{"a/notes.adoc", "b.md"});
}

TEST_CASE("Parallel checking (--jobs): the same output in the same order", "[e2e][lint]") {
  Scratch s;
  for (int i = 0; i < 24; ++i)
    s.write("articles/" + std::to_string(100 + i) + ".txt",
            "date 2021-02-28\nThe Gulf War ended in " + std::to_string(1992 + i % 5) + ".\n");
  Run one = s.run("check " + kLoad + " --format json --jobs 1 articles");
  Run many = s.run("check " + kLoad + " --format json --jobs 8 articles");
  CHECK(one.exit_code == 1);
  CHECK(many.exit_code == 1);
  CHECK(one.out == many.out);
  json j = json::parse(many.out);
  REQUIRE(j["files"].size() == 24);
  CHECK(j["files"][0]["path"] == "articles/100.txt");
  CHECK(j["files"][23]["path"] == "articles/123.txt");
  CHECK(many.err.find("files/s") == std::string::npos);  // stderr is not a terminal here
}
