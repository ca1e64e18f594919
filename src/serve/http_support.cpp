// HTTP support: error replies, body limits, time-limited checks.
#include "serve/http_support.h"

#include <exception>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

namespace factlint {

void send_json(httplib::Response& res, int status, const std::string& json_text) {
  res.status = status;
  res.set_content(json_text, "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message) {
  nlohmann::ordered_json j{{"status", status}, {"error", message}};
  // Messages may quote request bytes that are not UTF-8; replace rather than throw.
  send_json(res, status, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

bool read_body(const httplib::Request& req, httplib::Response& res,
               const httplib::ContentReader& reader, const ServeLimits& limits, std::string* body) {
  std::string too_large =
      "request body exceeds the limit of " + std::to_string(limits.max_body_bytes) + " bytes";
  if (req.has_header("Content-Length") &&
      req.get_header_value<uint64_t>("Content-Length") > limits.max_body_bytes) {
    send_error(res, 413, too_large);
    return false;
  }
  bool over = false;
  bool complete = reader([&](const char* data, std::size_t length) {
    if (body->size() + length > limits.max_body_bytes) {
      over = true;
      return false;
    }
    body->append(data, length);
    return true;
  });
  if (over || res.status == 413) {
    send_error(res, 413, too_large);
    return false;
  }
  if (!complete) {
    send_error(res, 400, "could not read the request body");
    return false;
  }
  return true;
}

namespace {

struct PendingCheck {
  std::mutex mutex;
  std::condition_variable done_signal;
  bool done = false;
  std::optional<FileReport> report;
  std::exception_ptr error;
};

}  // namespace

std::optional<FileReport> CheckRunner::run(std::function<FileReport()> check) {
  auto pending = std::make_shared<PendingCheck>();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++running_;
  }
  std::thread([this, pending, check = std::move(check)] {
    std::optional<FileReport> report;
    std::exception_ptr error;
    try {
      report = check();
    } catch (...) {
      error = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(pending->mutex);
      pending->report = std::move(report);
      pending->error = error;
      pending->done = true;
    }
    pending->done_signal.notify_all();
    std::lock_guard<std::mutex> lock(mutex_);
    if (--running_ == 0) idle_.notify_all();
  }).detach();

  std::unique_lock<std::mutex> lock(pending->mutex);
  if (!pending->done_signal.wait_for(lock, limit_, [&] { return pending->done; }))
    return std::nullopt;
  if (pending->error) std::rethrow_exception(pending->error);
  return std::move(pending->report);
}

void CheckRunner::wait_idle() {
  std::unique_lock<std::mutex> lock(mutex_);
  idle_.wait(lock, [&] { return running_ == 0; });
}

int CheckRunner::running() {
  std::lock_guard<std::mutex> lock(mutex_);
  return running_;
}

}  // namespace factlint
