// Fuzz target: the server's request handling, in process and without sockets. The first byte
// picks the handler (POST /v1/check's JSON body, POST /v2/check's form body with a
// Content-Type, GET /v2/check's query string); the rest is the request. A reply must be JSON
// with a status the API documents; an exception escaping a handler is a crash (the server
// would answer 500).
#include <httplib.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "fuzz_support.h"
#include "parse/sentence_parse.h"
#include "serve/routes.h"

namespace {

using namespace factlint;

ServeContext& context() {
  static SnapshotStore* store = [] {
    LoadOptions load{
        {FACTLINT_SOURCE_DIR "/knowledge"}, true, {FACTLINT_SOURCE_DIR "/rules"}, true};
    auto* s = new SnapshotStore(load);
    if (!s->reload().ok) std::abort();
    return s;
  }();
  static const ServeLimits limits;
  static CheckRunner* runner = new CheckRunner(limits.time_limit);
  static ServeContext* c = new ServeContext{*store, limits, *runner};
  return *c;
}

}  // namespace

// The snapshot and the parser model load here, once, so that no unit is charged for start-up
// (under the sanitizers it takes longer than -timeout allows a unit on a loaded machine).
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  context();
  factlint::default_syntax();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string request = fuzz::as_text(data + 1, size - 1);
  httplib::Response res;
  switch (data[0] % 3) {
    case 0:
      handle_v1_check(context(), request, res);
      break;
    case 1: {
      httplib::Request req;
      // Before the first newline: the Content-Type (empty is allowed, as curl -d sends).
      std::size_t line = request.find('\n');
      if (line != std::string::npos) {
        req.set_header("Content-Type", request.substr(0, line));
        request.erase(0, line + 1);
      }
      handle_v2_check_form(context(), req, request, res);
      break;
    }
    default: {
      httplib::Params params;
      httplib::detail::parse_query_text(request, params);
      handle_v2_check(context(), params, res);
      break;
    }
  }
  const int status = res.status;
  if (status != 200 && status != 400 && status != 415 && status != 503) std::abort();
  // Every reply is JSON (an editor parses it whatever the status).
  if (!nlohmann::json::accept(res.body)) std::abort();
  return 0;
}
