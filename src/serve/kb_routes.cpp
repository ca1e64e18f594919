// Knowledge-base routes: GET /healthz, GET /v1/kb/stats, POST /v1/kb/reload.
#include <iostream>
#include <nlohmann/json.hpp>

#include "knowledge/stats.h"
#include "serve/routes.h"

namespace factlint {

namespace {

using nlohmann::ordered_json;

ordered_json snapshot_json(const Snapshot& s) {
  return ordered_json{{"generation", s.generation},
                      {"loaded_at", s.loaded_at},
                      {"entities", s.kb->entities().size()},
                      {"rules", s.rules->rules.size()},
                      {"warnings", s.warnings}};
}

}  // namespace

std::string reload_and_describe(SnapshotStore& store, bool* ok) {
  ReloadResult r = store.reload();
  *ok = r.ok;
  ordered_json j;
  if (r.ok) {
    j["status"] = "reloaded";
    j["seconds"] = r.seconds;
    j.update(snapshot_json(*r.snapshot));
    std::cerr << "factlint serve: reloaded: generation " << r.snapshot->generation << ", "
              << r.snapshot->kb->entities().size() << " entities, "
              << r.snapshot->rules->rules.size() << " rules\n";
  } else {
    std::string why = r.errors.empty() ? "unknown error" : r.errors.front();
    if (r.errors.size() > 1)
      why += " (and " + std::to_string(r.errors.size() - 1) + " more errors)";
    int kept = r.snapshot ? r.snapshot->generation : 0;
    j["status"] = 422;
    j["error"] = "reload failed, generation " + std::to_string(kept) + " kept: " + why;
    j["errors"] = r.errors;
    j["generation"] = kept;
    std::cerr << "factlint serve: " << j["error"].get<std::string>() << "\n";
  }
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

void add_kb_routes(httplib::Server& server, ServeContext& context) {
  server.Get("/healthz", [&context](const httplib::Request&, httplib::Response& res) {
    auto s = context.store.current();
    ordered_json j{{"status", "ok"}, {"version", FACTLINT_VERSION}};
    j.update(snapshot_json(*s));
    j["checks_running"] = context.runner.running();
    send_json(res, 200, j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  });

  server.Get("/v1/kb/stats", [&context](const httplib::Request&, httplib::Response& res) {
    auto s = context.store.current();
    KnowledgeStats stats = knowledge_stats(*s->kb);
    // The fields of `factlint kb stats --format json`, then the snapshot's.
    ordered_json j{{"entities", stats.entities},
                   {"by_type", stats.by_type},
                   {"facts", stats.facts},
                   {"sourced", stats.sourced},
                   {"as_of", stats.as_of},
                   {"files", stats.files},
                   {"rules", s->rules->rules.size()},
                   {"generation", s->generation},
                   {"loaded_at", s->loaded_at}};
    send_json(res, 200, j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  });

  // Takes the content-reader form so that a bare POST without Content-Length is accepted;
  // the body, if any, is not read.
  server.Post("/v1/kb/reload", [&context](const httplib::Request&, httplib::Response& res,
                                          const httplib::ContentReader&) {
    bool ok = false;
    std::string body = reload_and_describe(context.store, &ok);
    send_json(res, ok ? 200 : 422, body);
  });
}

}  // namespace factlint
