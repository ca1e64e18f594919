// Server: loads the snapshot, binds, serves on a thread pool; a signal thread turns SIGHUP
// into a reload and SIGTERM / SIGINT into a graceful stop.
#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>

#include "serve/cors.h"
#include "serve/routes.h"

namespace factlint {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitError = 2;
// Keep-alive connections are closed this long after their last request, which also bounds
// how long a graceful stop waits for idle clients.
constexpr time_t kKeepAliveSeconds = 2;
// A client silent this long in the middle of a request loses its connection, so that slow
// clients (one header line every few seconds) cannot hold every worker; replies get longer.
constexpr time_t kReadTimeoutSeconds = 1;
constexpr time_t kWriteTimeoutSeconds = 5;
constexpr std::size_t kKeepAliveMaxRequests = 100;

std::string status_message(int status) {
  switch (status) {
    case 400:
      return "malformed HTTP request";
    case 404:
      return "no such endpoint";
    case 405:
      return "method not allowed";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    default:
      return "HTTP error " + std::to_string(status);
  }
}

// Signals are blocked in every thread and taken here synchronously, so that handling them
// may lock, allocate and log.
void handle_signals(sigset_t signals, httplib::Server& server, SnapshotStore& store) {
  for (;;) {
    int signal_number = 0;
    if (sigwait(&signals, &signal_number) != 0) continue;
    if (signal_number == SIGHUP) {
      bool ok = false;
      reload_and_describe(store, &ok);
      continue;
    }
    server.stop();
    return;
  }
}

}  // namespace

int run_serve(const ServeOptions& options) {
  SnapshotStore store(options.load);
  ReloadResult first = store.reload();
  if (!first.ok) {
    std::cerr << "factlint: " << (first.errors.empty() ? "cannot load" : first.errors.front());
    if (first.errors.size() > 1)
      std::cerr << " (and " << first.errors.size() - 1 << " more errors)";
    std::cerr << "\n";
    return kExitError;
  }

  sigset_t signals;
  sigemptyset(&signals);
  for (int s : {SIGHUP, SIGTERM, SIGINT}) sigaddset(&signals, s);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts: all inherit it

  // A keep-alive connection holds its worker between requests, so more workers than CPUs keep
  // idle connections from queueing the busy ones.
  int threads = options.threads > 0
                    ? options.threads
                    : std::max(8, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  ServeLimits limits{options.max_body_bytes, options.time_limit};
  CheckRunner runner(options.time_limit);
  ServeContext context{store, limits, runner};

  httplib::Server server;
  server.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<std::size_t>(threads));
  };
  // A response is written in pieces (headers, body): with Nagle's algorithm on, the last piece
  // waits for the client's delayed ACK, ~40 ms a request on a keep-alive connection.
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(options.max_body_bytes);
  server.set_keep_alive_timeout(kKeepAliveSeconds);
  server.set_keep_alive_max_count(kKeepAliveMaxRequests);
  server.set_read_timeout(kReadTimeoutSeconds);
  server.set_write_timeout(kWriteTimeoutSeconds);
  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler already explained
    std::string message = status_message(res.status);
    if (res.status == 404) message += ": " + req.method + " " + req.path;
    send_error(res, res.status, message);
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        std::cerr << "factlint serve: internal error: " << what << "\n";
        send_error(res, 500, "internal error: " + what);
      });
  enable_cors(server, options.allow_origins);
  add_kb_routes(server, context);
  add_check_routes(server, context);
  add_languagetool_routes(server, context);

  int port = options.port;
  if (port == 0) {
    port = server.bind_to_any_port(options.host);
  } else if (!server.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::cerr << "factlint: cannot listen on " << options.host << ":" << options.port << "\n";
    return kExitError;
  }
  std::cout << "factlint serve: listening on http://" << options.host << ":" << port << " ("
            << threads << " threads, " << first.snapshot->kb->entities().size() << " entities, "
            << first.snapshot->rules->rules.size() << " rules)" << std::endl;

  std::thread signal_thread(handle_signals, signals, std::ref(server), std::ref(store));
  // Returns once stopped, after the pool has finished the requests it had taken.
  bool served = server.listen_after_bind();
  if (!served || server.is_running()) pthread_kill(signal_thread.native_handle(), SIGTERM);
  signal_thread.join();
  runner.wait_idle();
  std::cerr << "factlint serve: stopped\n";
  return served ? kExitOk : kExitError;
}

}  // namespace factlint
