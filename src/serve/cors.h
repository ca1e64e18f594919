// CORS: lets a browser-based editor plugin on another origin call the server.
//
//   enable_cors(server, {"https://cms.example.org"});   // or {"*"}; empty: no CORS headers
//
// Every response to a request from an allowed origin carries Access-Control-Allow-Origin (and
// Vary: Origin); OPTIONS, a browser's preflight, is answered 204 on every path with the methods
// and headers the API accepts, whatever the origin, so that it is never a 404.
#pragma once

#include <httplib.h>

#include <string>
#include <vector>

namespace factlint {

void enable_cors(httplib::Server& server, std::vector<std::string> allowed_origins);

}  // namespace factlint
