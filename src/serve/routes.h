// Routes: the endpoint families of the server, one file each, sharing one context.
//
//   ServeContext context{store, limits, runner};
//   add_check_routes(server, context);          // POST /v1/check
//   add_languagetool_routes(server, context);   // POST /v2/check, GET /v2/languages
//   add_kb_routes(server, context);             // GET /healthz, /v1/kb/stats; POST /v1/kb/reload
//   handle_v1_check(context, body, res);        // the /v1/check handler, without a socket
#pragma once

#include <httplib.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "serve/http_support.h"
#include "serve/snapshot.h"

namespace factlint {

struct ServeContext {
  SnapshotStore& store;
  const ServeLimits& limits;
  CheckRunner& runner;
};

void add_check_routes(httplib::Server& server, ServeContext& context);
void add_languagetool_routes(httplib::Server& server, ServeContext& context);
void add_kb_routes(httplib::Server& server, ServeContext& context);

// The handlers behind the routes, on a body already read (the fuzz target calls them without a
// socket): POST /v1/check's JSON; /v2/check's parameters, or a POST's form body.
void handle_v1_check(ServeContext& context, const std::string& body, httplib::Response& res);
void handle_v2_check(ServeContext& context, const httplib::Params& params, httplib::Response& res);
void handle_v2_check_form(ServeContext& context, const httplib::Request& req,
                          const std::string& body, httplib::Response& res);

// Per-request rule changes: a new severity for a rule id, or nullopt to turn the rule off.
using RuleChanges = std::map<std::string, std::optional<Severity>>;
std::shared_ptr<const RuleSet> adjust_rules(const RuleSet& rules, const RuleChanges& changes);

// The request text as a Document; replies 400 (binary or not UTF-8) and returns nullopt.
std::optional<Document> read_request_document(const std::string& path, std::string text,
                                              InputFormat format, httplib::Response& res);
// Checks `doc` under the time limit; replies 503 and returns false when it overruns.
bool run_timed_check(ServeContext& context, Checker checker, Document doc, RunOptions options,
                     httplib::Response& res, FileReport* report);

// Reloads and logs the outcome on stderr; the reply body of POST /v1/kb/reload. Used by the
// SIGHUP handler too. Sets *ok to whether the new snapshot is in force.
std::string reload_and_describe(SnapshotStore& store, bool* ok);

}  // namespace factlint
