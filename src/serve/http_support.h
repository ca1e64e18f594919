// HTTP support shared by the endpoint families: JSON error replies, bounded request bodies,
// and checks run under a time limit.
//
//   std::string body;
//   if (!read_body(req, res, reader, limits, &body)) return;   // 413 / 400 already sent
//   send_error(res, 400, "missing field 'text'");             // {"status":400,"error":"..."}
//   std::optional<FileReport> r = runner.run([&] { return checker.check(doc, options); });
#pragma once

#include <httplib.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>

#include "report/finding.h"

namespace factlint {

// The reason a request is refused, thrown while reading it and answered as a 400 reply.
struct BadRequest {
  std::string message;
};

struct ServeLimits {
  std::size_t max_body_bytes = 1 << 20;
  std::chrono::milliseconds time_limit{10000};
};

// Replies with `json_text` (already serialised JSON) and the given status.
void send_json(httplib::Response& res, int status, const std::string& json_text);
// Replies {"status": status, "error": message}.
void send_error(httplib::Response& res, int status, const std::string& message);

// Reads the whole request body through `reader`, refusing more than limits.max_body_bytes with
// 413. Returns false when it has already replied with an error.
bool read_body(const httplib::Request& req, httplib::Response& res,
               const httplib::ContentReader& reader, const ServeLimits& limits, std::string* body);

// Runs checks on threads of their own so that a request can give up after the time limit; a
// check that overruns finishes in the background and its result is dropped.
class CheckRunner {
 public:
  explicit CheckRunner(std::chrono::milliseconds limit) : limit_(limit) {}
  CheckRunner(const CheckRunner&) = delete;
  CheckRunner& operator=(const CheckRunner&) = delete;
  ~CheckRunner() { wait_idle(); }

  // nullopt when `check` did not finish within the limit. Rethrows what `check` threw.
  std::optional<FileReport> run(std::function<FileReport()> check);
  // Blocks until every check started, including abandoned ones, has finished.
  void wait_idle();
  // Checks running now, abandoned ones included (for /healthz).
  int running();

 private:
  std::chrono::milliseconds limit_;
  std::mutex mutex_;
  std::condition_variable idle_;
  int running_ = 0;
};

}  // namespace factlint
