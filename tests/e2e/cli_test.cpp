// End to end: the real binary on real inputs, checked through its exit code and JSON.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include <cstdlib>
#include <vector>

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;
const std::string kBinary = FACTLINT_BINARY;
const std::string kSeed = kRoot + "/../shared/corpus/seed/rediff-2025-08-08.txt";

// A fresh temporary file path with the given suffix (the file exists, empty).
std::string temp_path(const std::string& suffix = "") {
  std::string pattern = "/tmp/factlint-test-XXXXXX" + suffix;
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  int fd = mkstemps(buf.data(), static_cast<int>(suffix.size()));
  REQUIRE(fd >= 0);
  close(fd);
  return buf.data();
}

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

Run run(const std::string& args, const std::string& stdin_text = "") {
  std::string err_file = temp_path();
  std::string in_file = temp_path();
  std::ofstream(in_file) << stdin_text;
  std::string cmd = "cd '" + kRoot + "' && '" + kBinary + "' " + args + " <'" + in_file + "' 2>'" +
                    err_file + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  int status = pclose(pipe);
  std::ifstream err_in(err_file);
  std::stringstream err;
  err << err_in.rdbuf();
  std::remove(err_file.c_str());
  std::remove(in_file.c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, err.str()};
}

bool seed_available() {
  return std::ifstream(kSeed).good();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// The seed article with one phrase replaced, written to a temporary file.
std::string seed_with(const std::string& from, const std::string& to) {
  std::string text = read_file(kSeed);
  text.replace(text.find(from), from.size(), to);
  std::string path = temp_path(".txt");
  std::ofstream(path) << text;
  return path;
}

}  // namespace

TEST_CASE("Seed article: exactly one error, line 16, February 2024", "[e2e]") {
  REQUIRE(seed_available());  // CI clones with ../shared beside the checkout
  Run r = run("check --format json '" + kSeed + "'");
  INFO(r.err);
  CHECK(r.exit_code == 1);
  auto j = nlohmann::json::parse(r.out);
  REQUIRE(j["files"].size() == 1);
  auto& findings = j["files"][0]["findings"];
  REQUIRE(findings.size() == 1);
  auto& f = findings[0];
  CHECK(f["severity"] == "error");
  CHECK(f["kind"] == "event_date");
  CHECK(f["line"] == 16);
  CHECK(f["column"] == 81);
  CHECK(f["end_line"] == 16);
  CHECK(f["end_column"] == 94);
  CHECK(f["excerpt"] == "February 2024");
  std::string message = f["message"];
  CHECK(message.find("2022-02-24") != std::string::npos);
  CHECK(message.find("2014-02-20") != std::string::npos);
  REQUIRE(f["evidence"].size() >= 2);
  for (auto& e : f["evidence"]) {
    CHECK_FALSE(e["source"].get<std::string>().empty());
    CHECK(e["kb_line"].get<int>() > 0);
  }
  CHECK(j["files"][0]["published"] == "2025-08-08");
  CHECK(j["summary"]["error"] == 1);
  CHECK(j["tool"]["name"] == "factlint");
}

TEST_CASE("Seed article corrected: no finding, exit 0", "[e2e]") {
  REQUIRE(seed_available());  // CI clones with ../shared beside the checkout
  for (const char* fix : {"February 2022", "2014"}) {
    std::string path = seed_with("February 2024", fix);
    Run r = run("check '" + path + "'");
    INFO(fix << "\n" << r.out << r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("0 errors") != std::string::npos);
    std::remove(path.c_str());
  }
}

TEST_CASE("Text format: compiler style with a caret under the span", "[e2e]") {
  REQUIRE(seed_available());  // CI clones with ../shared beside the checkout
  Run r = run("check '" + kSeed + "'");
  CHECK(r.out.find("rediff-2025-08-08.txt:16:81: error: ") != std::string::npos);
  CHECK(r.out.find("[event-start-date]") != std::string::npos);
  std::string caret_line = std::string(80, ' ') + "^~~~~~~~~~~~~";
  CHECK(r.out.find("|" + std::string(" ") + caret_line) != std::string::npos);
}

TEST_CASE("The fail-on threshold decides the exit code", "[e2e]") {
  REQUIRE(seed_available());  // CI clones with ../shared beside the checkout
  CHECK(run("check --fail-on never '" + kSeed + "'").exit_code == 0);
  CHECK(run("check --fail-on warning '" + kSeed + "'").exit_code == 1);
  Run bad = run("check --fail-on sometimes '" + kSeed + "'");
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--fail-on") != std::string::npos);
}

TEST_CASE("Bad knowledge and bad rules exit 2 with file:line on one line", "[e2e]") {
  Run kb =
      run("check --knowledge tests/fixtures/bad/malformed-date.yaml "
          "tests/fixtures/articles/consistent.txt");
  CHECK(kb.exit_code == 2);
  CHECK(kb.err.find("tests/fixtures/bad/malformed-date.yaml:4:10: error: malformed date") !=
        std::string::npos);
  CHECK(std::count(kb.err.begin(), kb.err.end(), '\n') == 1);

  Run rule = run(
      "check --rules tests/fixtures/bad/broken-regex.yaml tests/fixtures/articles/consistent.txt");
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.find("tests/fixtures/bad/broken-regex.yaml:5:7: error: bad pattern") !=
        std::string::npos);
  CHECK(std::count(rule.err.begin(), rule.err.end(), '\n') == 1);
}

TEST_CASE("A repeated key (a lost '- id:' line) is an error, not a silent merge", "[e2e]") {
  Run rule =
      run("check --rules tests/fixtures/bad/duplicate-rule-key.yaml "
          "tests/fixtures/articles/consistent.txt");
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.find("tests/fixtures/bad/duplicate-rule-key.yaml:7:3: error: duplicate rule key "
                      "'kind' (first at line 2") != std::string::npos);

  Run kb =
      run("kb validate --no-default-knowledge --knowledge "
          "tests/fixtures/bad/duplicate-entity-key.yaml");
  CHECK(kb.exit_code == 2);
  CHECK(kb.err.find("tests/fixtures/bad/duplicate-entity-key.yaml:7:3: error: duplicate key "
                    "'name' in entity 'some-event' (first at line 3") != std::string::npos);
}

TEST_CASE("Unreadable input exits 2", "[e2e]") {
  Run r = run("check no/such/article.md");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no/such/article.md") != std::string::npos);
}

TEST_CASE("stdin is read with -", "[e2e]") {
  Run r = run("check --no-default-knowledge --knowledge tests/fixtures/kb --format json -",
              "date 2021-02-28\nThe Gulf War ended in 1992.\n");
  CHECK(r.exit_code == 1);
  auto j = nlohmann::json::parse(r.out);
  CHECK(j["files"][0]["path"] == "-");
  CHECK(j["files"][0]["findings"][0]["found"] == "1992");
}

TEST_CASE("claims lists every claim with its verdict", "[e2e]") {
  Run r =
      run("claims --no-default-knowledge --knowledge tests/fixtures/kb --format json "
          "tests/fixtures/articles/ukraine-war-start.md");
  CHECK(r.exit_code == 0);
  auto j = nlohmann::json::parse(r.out);
  auto& claims = j["files"][0]["claims"];
  REQUIRE(claims.size() == 2);
  CHECK(claims[0]["verdict"] == "contradicted");
  CHECK(claims[1]["verdict"] == "consistent");
}

TEST_CASE("The shipped knowledge base validates", "[e2e][kb]") {
  Run r = run("kb validate");
  INFO(r.err);
  CHECK(r.exit_code == 0);
}

TEST_CASE("Every rule example passes (factlint rules test)", "[e2e][rules]") {
  Run r = run("rules test");
  INFO(r.out << r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(" 0 failed") != std::string::npos);
}
