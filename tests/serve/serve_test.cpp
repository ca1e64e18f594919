// `factlint serve` end to end: the real binary on a free loopback port, driven over HTTP.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const std::string kRoot = FACTLINT_SOURCE_DIR;
const std::string kBinary = FACTLINT_BINARY;
const std::string kSeed = kRoot + "/../shared/corpus/seed/rediff-2025-08-08.txt";
// The server's behaviour, not the rules', is under test: one stable rule file.
const std::vector<std::string> kRules = {"--no-default-rules", "--rules", "rules/event-date.yaml"};
const std::string kClaim = "the Ukraine war started by Russia in February 2024";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string temp_dir() {
  std::string pattern = (fs::temp_directory_path() / "factlint-serve-XXXXXX").string();
  std::vector<char> buf(pattern.begin(), pattern.end());
  buf.push_back('\0');
  REQUIRE(mkdtemp(buf.data()) != nullptr);
  return buf.data();
}

// The real binary serving on a port of its choosing; stopped with SIGTERM when destroyed.
class ServerProcess {
 public:
  explicit ServerProcess(std::vector<std::string> extra) : dir_(temp_dir()) {
    std::vector<std::string> args = {kBinary, "serve", "--host", "127.0.0.1", "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    pid_ = fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
      if (chdir(kRoot.c_str()) != 0 || !freopen(out.c_str(), "w", stdout) ||
          !freopen(err.c_str(), "w", stderr))
        _exit(127);
      std::vector<char*> argv;
      for (std::string& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      execv(kBinary.c_str(), argv.data());
      _exit(127);
    }
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    const std::string kReady = "listening on http://127.0.0.1:";
    while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
      std::string text = read_file(out);
      auto at = text.find(kReady);
      if (at != std::string::npos) port_ = std::atoi(text.c_str() + at + kReady.size());
      if (port_ == 0) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
          pid_ = -1;
          FAIL("server exited on start: " << read_file(err));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
    REQUIRE(port_ > 0);
    auto health = client().Get("/healthz");
    REQUIRE(health);
    REQUIRE(health->status == 200);
  }
  ~ServerProcess() {
    if (pid_ > 0) stop();
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    return c;
  }
  int port() const { return port_; }
  void signal(int number) const { kill(pid_, number); }
  std::string log() const { return read_file(dir_ + "/stderr"); }

  // SIGTERM, then the exit code (-1 if it had to be killed).
  int stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 1200; ++i) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, &status, 0);
    pid_ = -1;
    return -1;
  }

 private:
  std::string dir_;
  pid_t pid_ = -1;
  int port_ = 0;
};

json post_json(const ServerProcess& server, const std::string& path, const json& body,
               int* status = nullptr) {
  auto res = server.client().Post(path.c_str(), body.dump(), "application/json");
  REQUIRE(res);
  if (status) *status = res->status;
  return json::parse(res->body);
}

// Sends `bytes` on a fresh loopback connection and returns the head of the reply.
std::string raw_exchange(int port, const std::string& bytes) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  timeval timeout{10, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  REQUIRE(write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
  // The connection is kept alive after the reply: read its status line and headers only.
  std::string reply;
  char buf[4096];
  ssize_t n;
  while (reply.find("\r\n\r\n") == std::string::npos && (n = read(fd, buf, sizeof buf)) > 0)
    reply.append(buf, static_cast<std::size_t>(n));
  close(fd);
  return reply;
}

// Runs the CLI and returns its stdout.
std::string cli(const std::string& args) {
  std::string cmd = "cd '" + kRoot + "' && '" + kBinary + "' " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe);
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
  pclose(pipe);
  return out;
}

}  // namespace

TEST_CASE("serve: /healthz and /v1/kb/stats describe the loaded knowledge base", "[serve]") {
  ServerProcess server(kRules);
  auto health = json::parse(server.client().Get("/healthz")->body);
  CHECK(health["status"] == "ok");
  CHECK(health["generation"] == 1);
  // As many rules as the file loaded holds.
  std::ifstream rule_file("rules/event-date.yaml");
  int rule_count = 0;
  for (std::string line; std::getline(rule_file, line);)
    if (line.rfind("- id:", 0) == 0) ++rule_count;
  CHECK(rule_count > 0);
  CHECK(health["rules"] == rule_count);
  json cli_stats = json::parse(cli("kb stats --format json"));
  auto res = server.client().Get("/v1/kb/stats");
  REQUIRE(res->status == 200);
  json stats = json::parse(res->body);
  CHECK(stats["entities"] == cli_stats["entities"]);
  CHECK(stats["facts"] == cli_stats["facts"]);
  CHECK(stats["by_type"] == cli_stats["by_type"]);
  CHECK(health["entities"] == cli_stats["entities"]);
}

TEST_CASE("serve: /v1/check answers the CLI's JSON for one document", "[serve]") {
  if (!std::ifstream(kSeed).good()) return;
  ServerProcess server(kRules);
  std::string text = read_file(kSeed);
  int status = 0;
  json reply = post_json(server, "/v1/check", {{"text", text}, {"path", "seed.txt"}}, &status);
  REQUIRE(status == 200);
  json expected =
      json::parse(cli("check --format json --fail-on never --no-default-rules --rules "
                      "rules/event-date.yaml '" +
                      kSeed + "'"));
  expected["files"][0]["path"] = "seed.txt";
  CHECK(reply == expected);
  REQUIRE(reply["files"][0]["findings"].size() == 1);
  const json& f = reply["files"][0]["findings"][0];
  CHECK(f["line"] == 16);
  CHECK(f["excerpt"] == "February 2024");
  CHECK(text.substr(f["offset"].get<std::size_t>(), f["length"].get<std::size_t>()) ==
        "February 2024");
}

TEST_CASE("serve: /v1/check takes format, published and per-request rule settings", "[serve]") {
  ServerProcess server(kRules);
  std::string sentence = "Officials said " + kClaim + " had cost thousands of lives.\n";
  auto findings = [&](const json& body) {
    int status = 0;
    json reply = post_json(server, "/v1/check", body, &status);
    REQUIRE(status == 200);
    return reply["files"][0]["findings"];
  };
  // Without a publication date nothing time-relative is judged; with one the claim is.
  CHECK(findings({{"text", sentence}, {"published", "2025-08-08"}}).size() == 1);
  CHECK(findings({{"text", sentence},
                  {"published", "2025-08-08"},
                  {"rules", {{"event-start-date", "off"}}}})
            .empty());
  json warned = findings({{"text", sentence},
                          {"published", "2025-08-08"},
                          {"rules", {{"event-start-date", "warning"}}}});
  REQUIRE(warned.size() == 1);
  CHECK(warned[0]["severity"] == "warning");

  std::string markdown =
      "---\ntitle: Talks\ndate: 2025-08-08\n---\n\n# Talks\n\n*Officials* said " + kClaim + ".\n";
  json md = findings({{"text", markdown}, {"format", "markdown"}});
  REQUIRE(md.size() == 1);
  CHECK(md[0]["line"] == 8);
  CHECK(markdown.substr(md[0]["offset"].get<std::size_t>(), md[0]["length"].get<std::size_t>()) ==
        "February 2024");

  std::string html =
      "<html><head><meta property=\"article:published_time\" "
      "content=\"2025-08-08T10:00:00Z\"></head><body><article><p>Officials "
      "said the Ukraine war started by Russia in <b>February 2024</b>.</p>"
      "</article></body></html>";
  json h = findings({{"text", html}, {"format", "html"}});
  REQUIRE(h.size() == 1);
  CHECK(html.substr(h[0]["offset"].get<std::size_t>(), h[0]["length"].get<std::size_t>()) ==
        "February 2024");
}

TEST_CASE("serve: bad requests get a JSON error naming the problem, and the server lives on",
          "[serve]") {
  ServerProcess server(
      {"--no-default-rules", "--rules", "rules/event-date.yaml", "--max-body-bytes", "100000"});
  auto expect_error = [&](int status, const std::string& body, const std::string& mention,
                          const std::string& path = "/v1/check",
                          const std::string& type = "application/json") {
    auto res = server.client().Post(path.c_str(), body, type.c_str());
    REQUIRE(res);
    CHECK(res->status == status);
    json j = json::parse(res->body);
    CHECK(j["status"] == status);
    INFO(j.dump());
    CHECK(j["error"].get<std::string>().find(mention) != std::string::npos);
  };
  expect_error(400, "{\"text\": \"a\"", "not valid JSON");
  expect_error(400, "[1, 2]", "must be a JSON object");
  expect_error(400, "{}", "missing field 'text'");
  expect_error(400, "{\"text\": 42}", "field 'text' must be a string");
  expect_error(400, "{\"text\": \"a\", \"format\": \"docx\"}", "unsupported format 'docx'");
  expect_error(400, "{\"text\": \"a\", \"published\": \"08/08/2025\"}", "field 'published'");
  expect_error(400, "{\"text\": \"a\", \"rules\": {\"no-such-rule\": \"off\"}}",
               "unknown rule 'no-such-rule'");
  expect_error(400, "{\"text\": \"a\", \"rules\": {\"event-start-date\": \"loud\"}}",
               "must be off, error, warning or info");
  expect_error(400, "{\"text\": \"a\\u0000b\"}", "NUL");
  expect_error(413, json{{"text", std::string(200000, 'a')}}.dump(), "exceeds the limit");
  expect_error(400, "language=en-US", "missing parameter 'text' or 'data'", "/v2/check",
               "application/x-www-form-urlencoded");
  expect_error(400, "text=Hello", "missing parameter 'language'", "/v2/check",
               "application/x-www-form-urlencoded");
  expect_error(400, "text=Hallo&language=de-DE", "unsupported language 'de-DE'", "/v2/check",
               "application/x-www-form-urlencoded");
  expect_error(400, "data=%7Bbad&language=en", "parameter 'data' is not valid JSON", "/v2/check",
               "application/x-www-form-urlencoded");
  expect_error(415, "{\"text\": \"a\"}", "Content-Type", "/v2/check");

  auto missing = server.client().Get("/v1/nothing-here");
  REQUIRE(missing);
  CHECK(missing->status == 404);
  CHECK(json::parse(missing->body)["error"].get<std::string>().find("/v1/nothing-here") !=
        std::string::npos);

  // Bytes that are not HTTP at all.
  std::string garbage = raw_exchange(server.port(), "\x16\x03\x01 not http at all\r\n\r\n");
  INFO(garbage);
  CHECK(garbage.rfind("HTTP/1.1 400", 0) == 0);
  auto health = server.client().Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(server.stop() == 0);
}

TEST_CASE("serve: /v2/check speaks LanguageTool's protocol", "[serve]") {
  ServerProcess server(kRules);
  // An emoji (two UTF-16 units, four bytes) and an accent before the claim: offsets count
  // UTF-16 units, as LanguageTool's do.
  std::string text = "Caf\xC3\xA9 talk \xF0\x9F\x98\x80. Officials said " + kClaim + ".";
  httplib::Params form{{"text", text}, {"language", "en-US"}, {"published", "2025-08-08"}};
  auto res = server.client().Post("/v2/check", form);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  json reply = json::parse(res->body);
  CHECK(reply["software"]["name"] == "factlint");
  CHECK(reply["language"]["code"] == "en-US");
  REQUIRE(reply["matches"].size() == 1);
  const json& m = reply["matches"][0];
  std::size_t bytes_before = text.find("February 2024");
  CHECK(m["offset"] == bytes_before - 1 - 2);  // é is 2 bytes, 1 unit; the emoji 4 bytes, 2 units
  CHECK(m["length"] == 13);
  CHECK(m["rule"]["id"] == "event-start-date");
  CHECK(m["rule"]["category"]["id"] == "FACTS");
  CHECK(m["rule"]["issueType"] == "inconsistency");
  CHECK(m["replacements"].is_array());
  CHECK(m["sentence"] == "Officials said " + kClaim + ".");
  std::string context = m["context"]["text"];
  CHECK(context.substr(m["context"]["offset"].get<std::size_t>(), 13) == "February 2024");

  // `data`: markup counts for offsets but is not read as prose.
  json data = {{"annotation",
                {{{"markup", "<p>"}},
                 {{"text", "Officials said " + kClaim}},
                 {{"markup", "</p>"}, {"interpretAs", "\n\n"}}}}};
  auto annotated = server.client().Post(
      "/v2/check",
      httplib::Params{{"data", data.dump()}, {"language", "auto"}, {"published", "2025-08-08"}});
  REQUIRE(annotated);
  json a = json::parse(annotated->body);
  REQUIRE(a["matches"].size() == 1);
  CHECK(a["matches"][0]["offset"] == 3 + std::string("Officials said " + kClaim).find("February"));

  auto disabled =
      server.client().Post("/v2/check", httplib::Params{{"text", text},
                                                        {"language", "en-GB"},
                                                        {"published", "2025-08-08"},
                                                        {"disabledRules", "event-start-date"}});
  REQUIRE(disabled);
  CHECK(json::parse(disabled->body)["matches"].empty());

  auto by_get = server.client().Get("/v2/check", form, httplib::Headers{});
  REQUIRE(by_get);
  CHECK(json::parse(by_get->body)["matches"] == reply["matches"]);

  auto languages = server.client().Get("/v2/languages");
  REQUIRE(languages);
  CHECK(json::parse(languages->body)[0]["longCode"] == "en-US");
}

TEST_CASE("serve: a check over the time limit gets 503, not a hung request", "[serve]") {
  if (!std::ifstream(kSeed).good()) return;
  ServerProcess server({"--no-default-rules", "--rules", "rules/event-date.yaml", "--time-limit-ms",
                        "1", "--max-body-bytes", "10000000"});
  std::string seed = read_file(kSeed), text;
  while (text.size() < 150000) text += seed + "\n\n";
  int status = 0;
  json reply = post_json(server, "/v1/check", {{"text", text}}, &status);
  CHECK(status == 503);
  CHECK(reply["error"].get<std::string>().find("time limit of 1 ms") != std::string::npos);
  CHECK(server.client().Get("/healthz")->status == 200);
  CHECK(server.stop() == 0);
}

TEST_CASE("serve: reload under load swaps the knowledge base atomically", "[serve]") {
  std::string kb = temp_dir();
  for (const char* f : {"countries.yaml", "events.yaml"})
    fs::copy_file(kRoot + "/tests/fixtures/kb/" + f, kb + "/" + f);
  ServerProcess server({"--no-default-knowledge", "--knowledge", kb, "--no-default-rules",
                        "--rules", "rules/event-date.yaml", "--time-limit-ms", "600000"});
  json request = {{"text", "Officials said " + kClaim + "."}, {"published", "2025-08-08"}};

  // Clients check in a bounded loop while the knowledge base is reloaded under them, by HTTP
  // and by SIGHUP; every request must succeed with the same answer.
  constexpr int kClients = 4, kRequests = 40, kReloads = 6;
  std::atomic<int> failed{0}, done{0};
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c)
    clients.emplace_back([&] {
      auto client = server.client();
      for (int i = 0; i < kRequests; ++i) {
        auto res = client.Post("/v1/check", request.dump(), "application/json");
        bool ok =
            res && res->status == 200 && json::parse(res->body)["files"][0]["findings"].size() == 1;
        if (!ok) ++failed;
        ++done;
      }
    });
  for (int r = 0; r < kReloads; ++r) {
    if (r % 2 == 0) {
      auto res = server.client().Post("/v1/kb/reload");
      REQUIRE(res);
      CHECK(res->status == 200);
    } else {
      server.signal(SIGHUP);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
  }
  for (std::thread& t : clients) t.join();
  CHECK(done == kClients * kRequests);
  CHECK(failed == 0);
  // SIGHUP reloads run on their own thread: wait for the last one to land (a minute at most,
  // for a loaded machine; the loop ends as soon as it has).
  int generation = 0;
  for (int i = 0; i < 1200 && generation != 1 + kReloads; ++i) {
    generation = json::parse(server.client().Get("/healthz")->body)["generation"];
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  CHECK(generation == 1 + kReloads);

  // A reload that fails validation keeps the old knowledge base and says why.
  std::string events = read_file(kb + "/events.yaml");
  std::ofstream(kb + "/events.yaml") << events << "  - id: [not, a, slug\n";
  auto bad = server.client().Post("/v1/kb/reload");
  REQUIRE(bad);
  CHECK(bad->status == 422);
  json why = json::parse(bad->body);
  CHECK(why["error"].get<std::string>().find("events.yaml:") != std::string::npos);
  CHECK(why["generation"] == generation);
  CHECK(post_json(server, "/v1/check", request)["files"][0]["findings"].size() == 1);

  // A valid change is served after the reload: with the war dated February 2024 in this
  // layer, the claim no longer contradicts the records.
  std::string changed = events;
  changed.replace(changed.find("start: 2014-02-20"), 17, "start: 2024-02-01");
  std::ofstream(kb + "/events.yaml") << changed;
  auto good = server.client().Post("/v1/kb/reload");
  REQUIRE(good);
  CHECK(good->status == 200);
  CHECK(post_json(server, "/v1/check", request)["files"][0]["findings"].empty());
  CHECK(server.stop() == 0);
  fs::remove_all(kb);
}

TEST_CASE("serve: SIGTERM lets requests in flight finish, then exits 0", "[serve]") {
  if (!std::ifstream(kSeed).good()) return;
  // Under a sanitizer on a loaded machine, checking 2 MB takes longer than the default 10 s
  // limit: the limit is not what this test is about, so it is out of the way.
  ServerProcess server({"--no-default-rules", "--rules", "rules/event-date.yaml",
                        "--max-body-bytes", "10000000", "--time-limit-ms", "600000"});
  std::string seed = read_file(kSeed), text;
  while (text.size() < 2000000) text += seed + "\n\n";
  int status = 0;
  std::size_t findings = 0;
  std::chrono::steady_clock::time_point answered;
  std::thread slow([&] {
    json reply = post_json(server, "/v1/check", {{"text", text}}, &status);
    answered = std::chrono::steady_clock::now();
    if (status == 200) findings = reply["files"][0]["findings"].size();
  });
  // SIGTERM only once the check runs: on a loaded machine the upload alone may take a while.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  bool running = false;
  while (!running && std::chrono::steady_clock::now() < deadline) {
    auto health = server.client().Get("/healthz");
    running = health && json::parse(health->body)["checks_running"].get<int>() > 0;
    if (!running) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  CHECK(running);
  auto terminated = std::chrono::steady_clock::now();
  int exit_code = server.stop();
  slow.join();
  CHECK(answered > terminated);  // the request was still in flight when SIGTERM came
  CHECK(status == 200);
  CHECK(findings > 1);
  CHECK(exit_code == 0);
}

TEST_CASE("serve: a bug while checking one request is a JSON 500, and the server lives on",
          "[serve]") {
  // The child inherits the variable: requests whose path contains "boom" fail as a bug would.
  setenv("FACTLINT_INJECT_FAULT", "boom", 1);
  ServerProcess server({"--no-default-rules", "--rules", "rules/event-date.yaml"});
  unsetenv("FACTLINT_INJECT_FAULT");
  auto bad = server.client().Post("/v1/check", R"({"text": "Hello.", "path": "boom.txt"})",
                                  "application/json");
  REQUIRE(bad);
  CHECK(bad->status == 500);
  CHECK(json::parse(bad->body)["error"].get<std::string>().find("internal error") !=
        std::string::npos);
  auto good = server.client().Post("/v1/check", R"({"text": "Hello.", "path": "fine.txt"})",
                                   "application/json");
  REQUIRE(good);
  CHECK(good->status == 200);
  CHECK(server.stop() == 0);
}
