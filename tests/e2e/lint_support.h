// Support for the lint end-to-end tests: a scratch folder of articles and the real binary run
// inside it.
#pragma once

#include <sys/wait.h>
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace lint_test {

namespace fs = std::filesystem;

inline const std::string kRoot = FACTLINT_SOURCE_DIR;
inline const std::string kBinary = FACTLINT_BINARY;
// The fixture knowledge base and the event-date rules only, so that other rules in progress do
// not change what these tests see.
inline const std::string kLoad = "--no-default-knowledge --knowledge '" + kRoot +
                                 "/tests/fixtures/kb' --no-default-rules --rules '" + kRoot +
                                 "/rules/event-date.yaml'";

struct Run {
  int exit_code;
  std::string out;
  std::string err;
};

inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// A scratch folder, removed when the test ends.
class Scratch {
 public:
  Scratch() {
    char pattern[] = "/tmp/factlint-lint-XXXXXX";
    REQUIRE(mkdtemp(pattern) != nullptr);
    dir_ = pattern;
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  const fs::path& dir() const { return dir_; }
  std::string path(const std::string& rel) const { return (dir_ / rel).string(); }

  void write(const std::string& rel, const std::string& content) const {
    fs::path p = dir_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
  }

  // Runs factlint with `args` in this folder, `stdin_text` on its standard input and `env`
  // ("NAME=value ...") in its environment.
  Run run(const std::string& args, const std::string& stdin_text = "",
          const std::string& env = "") const {
    write(".stdin", stdin_text);
    std::string cmd = "cd '" + dir_.string() + "' && " + env + " '" + kBinary + "' " + args +
                      " <.stdin 2>.stderr";
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe);
    std::string out;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    int status = pclose(pipe);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, slurp(dir_ / ".stderr")};
  }

 private:
  fs::path dir_;
};

inline std::string fixture(const std::string& rel) {
  return slurp(kRoot + "/tests/fixtures/lint/" + rel);
}

}  // namespace lint_test
