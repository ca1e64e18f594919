// Server: `factlint serve`, the HTTP API for pre-publication checks (README, "HTTP API").
//
//   ServeOptions options;            // host, port (0: any free port), threads, limits
//   return run_serve(options);       // blocks until SIGTERM or SIGINT; SIGHUP reloads
//
// On start it prints "factlint serve: listening on http://HOST:PORT" on stdout once the port
// is bound, so that scripts started with --port 0 learn the port.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "engine/loading.h"

namespace factlint {

struct ServeOptions {
  LoadOptions load;
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 0;  // 0: two per hardware thread, at least 8
  std::size_t max_body_bytes = 1 << 20;
  std::chrono::milliseconds time_limit{10000};
  std::vector<std::string> allow_origins;  // --allow-origin: CORS for browser clients
};

// Returns the process exit code: 0 after a graceful shutdown, 2 when the knowledge base or
// rules do not load or the address cannot be bound.
int run_serve(const ServeOptions& options);

}  // namespace factlint
