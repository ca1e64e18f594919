// CORS: a pre-routing handler answers preflights, a post-routing one adds the headers.
#include "serve/cors.h"

#include <algorithm>
#include <memory>

namespace factlint {

namespace {

constexpr const char* kMethods = "GET, POST, OPTIONS";
constexpr const char* kMaxAgeSeconds = "600";

// The value of Access-Control-Allow-Origin for this request, or "" when it gets none.
std::string allowed_origin(const std::vector<std::string>& allowed, const httplib::Request& req) {
  if (allowed.empty()) return "";
  if (std::find(allowed.begin(), allowed.end(), "*") != allowed.end()) return "*";
  std::string origin = req.get_header_value("Origin");
  if (origin.empty()) return "";
  return std::find(allowed.begin(), allowed.end(), origin) != allowed.end() ? origin : "";
}

}  // namespace

void enable_cors(httplib::Server& server, std::vector<std::string> allowed_origins) {
  auto allowed = std::make_shared<const std::vector<std::string>>(std::move(allowed_origins));
  server.set_pre_routing_handler([allowed](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "OPTIONS") return httplib::Server::HandlerResponse::Unhandled;
    res.status = 204;
    res.set_header("Allow", kMethods);
    if (!allowed_origin(*allowed, req).empty()) {
      res.set_header("Access-Control-Allow-Methods", kMethods);
      // Echo what the browser asks to send (Content-Type for JSON bodies, say): nothing the
      // API reads is a credential, so no header needs refusing.
      std::string asked = req.get_header_value("Access-Control-Request-Headers");
      res.set_header("Access-Control-Allow-Headers", asked.empty() ? "Content-Type" : asked);
      res.set_header("Access-Control-Max-Age", kMaxAgeSeconds);
    }
    return httplib::Server::HandlerResponse::Handled;
  });
  server.set_post_routing_handler([allowed](const httplib::Request& req, httplib::Response& res) {
    std::string origin = allowed_origin(*allowed, req);
    if (origin.empty()) return;
    res.set_header("Access-Control-Allow-Origin", origin);
    if (origin != "*") res.set_header("Vary", "Origin");
  });
}

}  // namespace factlint
