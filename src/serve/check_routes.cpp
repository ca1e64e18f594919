// Check route: POST /v1/check, one document in, the JSON of SPEC.md ("JSON output") out.
#include <atomic>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "read/readers.h"
#include "report/reporter.h"
#include "serve/routes.h"

namespace factlint {

namespace {

using nlohmann::json;

const std::map<std::string, InputFormat>& request_formats() {
  static const std::map<std::string, InputFormat> kFormats = {{"text", InputFormat::kPlainText},
                                                              {"markdown", InputFormat::kMarkdown},
                                                              {"html", InputFormat::kHtml},
                                                              {"ninjs", InputFormat::kNinjs}};
  return kFormats;
}

std::string optional_string(const json& body, const char* field, const std::string& fallback) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return fallback;
  if (!it->is_string())
    throw BadRequest{"field '" + std::string(field) + "' must be a string, got " +
                     std::string(it->type_name())};
  return it->get<std::string>();
}

// "rules": {"rule-id": "off" | "error" | "warning" | "info"}.
RuleChanges parse_rule_changes(const json& body, const RuleSet& rules) {
  RuleChanges changes;
  auto it = body.find("rules");
  if (it == body.end() || it->is_null()) return changes;
  if (!it->is_object())
    throw BadRequest{
        "field 'rules' must be an object mapping rule ids to off, error, warning "
        "or info"};
  for (const auto& [id, value] : it->items()) {
    if (!rules.find(id)) throw BadRequest{"rules: unknown rule '" + id + "'"};
    std::string setting = value.is_string() ? value.get<std::string>() : value.dump();
    if (setting == "off") {
      changes[id] = std::nullopt;
    } else if (auto severity = parse_severity(setting)) {
      changes[id] = severity;
    } else {
      throw BadRequest{"rules: '" + id + "' must be off, error, warning or info, got " +
                       value.dump()};
    }
  }
  return changes;
}

}  // namespace

std::shared_ptr<const RuleSet> adjust_rules(const RuleSet& rules, const RuleChanges& changes) {
  auto adjusted = std::make_shared<RuleSet>();
  for (const Rule& rule : rules.rules) {
    auto change = changes.find(rule.id);
    if (change == changes.end()) {
      adjusted->rules.push_back(rule);
    } else if (change->second) {
      adjusted->rules.push_back(rule);
      adjusted->rules.back().severity = *change->second;
    }
  }
  return adjusted;
}

std::optional<Document> read_request_document(const std::string& path, std::string text,
                                              InputFormat format, httplib::Response& res) {
  std::string reason;
  auto doc = read_document(path, std::move(text), format, &reason);
  if (!doc) {
    const std::string kSkipped = ", skipped";
    if (reason.size() > kSkipped.size() &&
        reason.compare(reason.size() - kSkipped.size(), kSkipped.size(), kSkipped) == 0)
      reason.resize(reason.size() - kSkipped.size());
    send_error(res, 400, "text: " + reason);
  }
  return doc;
}

bool run_timed_check(ServeContext& context, Checker checker, Document doc, RunOptions options,
                     httplib::Response& res, FileReport* report) {
  // Everything the check needs is captured by value: it may outlive this request, and then the
  // token stops it at its next sentence.
  auto cancel = std::make_shared<std::atomic<bool>>(false);
  options.cancel = cancel;
  auto result =
      context.runner.run([checker = std::move(checker), doc = std::move(doc), options]() mutable {
        return checker.check(std::move(doc), options);
      });
  if (!result) {
    cancel->store(true);
    send_error(res, 503,
               "the check exceeded the time limit of " +
                   std::to_string(context.limits.time_limit.count()) + " ms");
    return false;
  }
  *report = std::move(*result);
  return true;
}

void handle_v1_check(ServeContext& context, const std::string& raw, httplib::Response& res) {
  auto snapshot = context.store.current();
  json body;
  try {
    body = json::parse(raw);
  } catch (const json::exception& e) {  // parse_error, or out_of_range for 7777e7777
    send_error(res, 400, std::string("request body is not valid JSON: ") + e.what());
    return;
  }
  std::string text, path;
  InputFormat format;
  RunOptions options;
  std::shared_ptr<const RuleSet> rules = snapshot->rules;
  try {
    if (!body.is_object())
      throw BadRequest{"request body must be a JSON object, got " + std::string(body.type_name())};
    if (!body.contains("text") || body["text"].is_null()) throw BadRequest{"missing field 'text'"};
    text = optional_string(body, "text", "");
    path = optional_string(body, "path", "request");
    std::string format_name = optional_string(body, "format", "text");
    auto f = request_formats().find(format_name);
    if (f == request_formats().end())
      throw BadRequest{"unsupported format '" + format_name +
                       "' (expected text, markdown, html or ninjs)"};
    format = f->second;
    std::string published = optional_string(body, "published", "");
    if (!published.empty()) {
      auto day = FuzzyDate::parse(published);
      if (!day || day->precision() != DatePrecision::kDay)
        throw BadRequest{"field 'published' must be a date YYYY-MM-DD, got '" + published + "'"};
      options.date_override = day->first_day();
    }
    RuleChanges changes = parse_rule_changes(body, *rules);
    if (!changes.empty()) rules = adjust_rules(*rules, changes);
  } catch (const BadRequest& bad) {
    send_error(res, 400, bad.message);
    return;
  }
  auto doc = read_request_document(path, std::move(text), format, res);
  if (!doc) return;
  FileReport report;
  if (!run_timed_check(context, Checker(snapshot->kb, rules), std::move(*doc), options, res,
                       &report))
    return;
  std::ostringstream out;
  make_json_reporter()->write({report}, out);
  send_json(res, 200, out.str());
}

void add_check_routes(httplib::Server& server, ServeContext& context) {
  server.Post("/v1/check", [&context](const httplib::Request& req, httplib::Response& res,
                                      const httplib::ContentReader& reader) {
    std::string raw;
    if (!read_body(req, res, reader, context.limits, &raw)) return;
    handle_v1_check(context, raw, res);
  });
}

}  // namespace factlint
