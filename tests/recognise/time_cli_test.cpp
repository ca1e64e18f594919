// `factlint time`: the real binary on stdin, one JSON object a line, anchored across lines.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

std::vector<nlohmann::json> run_time(const std::string& args, const std::string& text) {
  // A name of its own: ctest runs test cases as parallel processes, and std::rand() unseeded
  // gives each of them the same number.
  char name[] = "/tmp/factlint-time-test-XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  close(fd);
  std::string in_file = name;
  std::ofstream(in_file) << text;
  std::string cmd = std::string("'") + FACTLINT_BINARY + "' time " + args + " <'" + in_file + "'";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  std::array<char, 4096> buf{};
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  REQUIRE(pclose(pipe) == 0);
  std::remove(in_file.c_str());
  std::vector<nlohmann::json> lines;
  std::istringstream lines_in(out);
  for (std::string line; std::getline(lines_in, line);)
    lines.push_back(nlohmann::json::parse(line));
  return lines;
}

}  // namespace

TEST_CASE("factlint time prints each expression with its position and value", "[e2e][time]") {
  auto found = run_time("--date 2013-03-22",
                        "The storm hit on March 3, 2012.\nThe next day, the river rose for "
                        "almost seven years.\n");
  REQUIRE(found.size() == 3);
  CHECK(found[0]["line"] == 1);
  CHECK(found[0]["column"] == 18);
  CHECK(found[0]["end_column"] == 31);
  CHECK(found[0]["value"] == "2012-03-03");
  CHECK(found[0]["grain"] == "day");
  // Anchored to the day named on the line before, not to the --date.
  CHECK(found[1]["text"] == "The next day");
  CHECK(found[1]["value"] == "2012-03-04");
  CHECK(found[2]["value"] == "P7Y");
  CHECK(found[2]["mod"] == "LESS_THAN");
  CHECK(found[2]["grain"] == "duration");
}

TEST_CASE("factlint time --direction decides a weekday without a tense", "[e2e][time]") {
  CHECK(run_time("--date 2013-02-12 --direction future", "monday")[0]["value"] == "2013-02-18");
  CHECK(run_time("--date 2013-02-12 --direction past", "monday")[0]["value"] == "2013-02-11");
  CHECK(run_time("--date 2013-02-12 --numeric-order dmy", "on 04/05/2012")[0]["value"] ==
        "2012-05-04");
}
