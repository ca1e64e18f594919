// LanguageTool routes: POST (or GET) /v2/check and GET /v2/languages, speaking LanguageTool's
// HTTP API so that editors and browser extensions built for it can use factlint. Findings
// become matches; offsets and lengths count UTF-16 code units, as LanguageTool's do.
#include <nlohmann/json.hpp>

#include "core/text.h"
#include "segment/sentences.h"
#include "serve/routes.h"

namespace factlint {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr std::size_t kContextCodePoints = 40;  // LanguageTool's default context size

std::size_t utf16_length(std::string_view text) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t n = utf8_sequence_length(static_cast<unsigned char>(text[i]));
    units += n == 4 ? 2 : 1;
    i += n == 0 ? 1 : n;
  }
  return units;
}

// The byte offset `count` code points before (negative) or after `offset`, clamped.
std::size_t step_code_points(std::string_view text, std::size_t offset, long count) {
  for (; count < 0 && offset > 0; ++count) {
    --offset;
    while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  }
  for (; count > 0 && offset < text.size(); --count) {
    std::size_t n = utf8_sequence_length(static_cast<unsigned char>(text[offset]));
    offset += n == 0 ? 1 : n;
  }
  return std::min(offset, text.size());
}

std::string one_line(std::string_view text) {
  std::string s(text);
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

ordered_json context_json(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t from = step_code_points(text, begin, -static_cast<long>(kContextCodePoints));
  std::size_t to = step_code_points(text, end, static_cast<long>(kContextCodePoints));
  std::string prefix = from > 0 ? "..." : "";
  std::string context =
      prefix + one_line(text.substr(from, to - from)) + (to < text.size() ? "..." : "");
  return ordered_json{
      {"text", context},
      {"offset", utf16_length(prefix) + utf16_length(text.substr(from, begin - from))},
      {"length", utf16_length(text.substr(begin, end - begin))}};
}

std::string sentence_at(const Document& doc, const std::vector<Sentence>& sentences,
                        std::size_t offset) {
  for (const Sentence& s : sentences)
    if (s.begin <= offset && offset < s.end) return doc.original.substr(s.begin, s.end - s.begin);
  return "";
}

// LanguageTool's rule object; `urls` (as LanguageTool's) says where the rule is explained.
ordered_json rule_json(const Finding& f) {
  ordered_json rule{
      {"id", f.rule}, {"description", f.rule_description}, {"issueType", "inconsistency"}};
  if (!f.rule_help_uri.empty()) rule["urls"] = ordered_json::array({{{"value", f.rule_help_uri}}});
  rule["category"] = {{"id", "FACTS"}, {"name", "Facts"}};
  return rule;
}

ordered_json match_json(const Finding& f, const Document& doc,
                        const std::vector<Sentence>& sentences) {
  std::string_view text = doc.original;
  std::size_t begin = f.where.offset;
  std::size_t end = begin + f.where.length;
  return ordered_json{
      {"message", f.message},
      {"shortMessage", "Contradicts the records"},
      // A fact is corrected by an editor who reads the evidence, never by a blind swap.
      {"replacements", json::array()},
      {"offset", utf16_length(text.substr(0, begin))},
      {"length", utf16_length(text.substr(begin, end - begin))},
      {"context", context_json(text, begin, end)},
      {"sentence", sentence_at(doc, sentences, begin)},
      {"type", {{"typeName", "Other"}}},
      {"rule", rule_json(f)},
      {"ignoreForIncompleteSentence", false},
      {"contextForSureMatch", 0}};
}

// LanguageTool's `warnings`: incompleteResults, and why (LanguageTool's incompleteResultsReason)
// when checks were skipped, so that an editor never shows "no problems" for copy it could not
// fully check.
ordered_json warnings_json(const FileReport& report) {
  ordered_json warnings{{"incompleteResults", !report.notes.empty()}};
  std::string reason;
  for (const std::string& note : report.notes) reason += (reason.empty() ? "" : "; ") + note;
  if (!reason.empty()) warnings["incompleteResultsReason"] = reason;
  return warnings;
}

bool starts_with_front_matter(std::string_view text) {
  return text.rfind("---\n", 0) == 0 || text.rfind("---\r\n", 0) == 0;
}

// The language to answer in: English variants only, "auto" taken as English.
ordered_json language_json(const std::string& code) {
  if (code.empty()) throw BadRequest{"missing parameter 'language'"};
  std::string lower = to_lower_ascii(code);
  if (lower != "auto" && lower != "en" && lower.rfind("en-", 0) != 0)
    throw BadRequest{"unsupported language '" + code +
                     "': factlint checks English only (en, en-US, en-GB, ... or auto)"};
  std::string answer = lower == "auto" || lower == "en" ? "en-US" : code;
  std::string name = "English (" + answer.substr(3) + ")";
  return ordered_json{
      {"name", name},
      {"code", answer},
      {"detectedLanguage", {{"name", name}, {"code", answer}, {"confidence", 1.0}}}};
}

std::vector<std::string> comma_list(const std::string& s) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= s.size()) {
    std::size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string item(trim(std::string_view(s).substr(start, comma - start)));
    if (!item.empty()) items.push_back(item);
    start = comma + 1;
  }
  return items;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// disabledRules, disabledCategories, enabledRules/enabledCategories with enabledOnly=true.
// Unknown ids are ignored, as LanguageTool does.
RuleChanges rule_changes(const httplib::Params& params, const RuleSet& rules) {
  auto get = [&](const char* key) {
    auto it = params.find(key);
    return it == params.end() ? std::string() : it->second;
  };
  std::vector<std::string> disabled = comma_list(get("disabledRules"));
  std::vector<std::string> enabled = comma_list(get("enabledRules"));
  bool facts_disabled = contains(comma_list(get("disabledCategories")), "FACTS");
  bool enabled_only = get("enabledOnly") == "true";
  bool facts_enabled = contains(comma_list(get("enabledCategories")), "FACTS");
  RuleChanges changes;
  for (const Rule& rule : rules.rules) {
    bool off = contains(disabled, rule.id) || facts_disabled ||
               (enabled_only && !facts_enabled && !contains(enabled, rule.id));
    if (off) changes[rule.id] = std::nullopt;
  }
  return changes;
}

// LanguageTool's `data`: {"annotation": [{"text": ...} | {"markup": ..., "interpretAs": ...}]}.
// Offsets count over text and markup alike, so markup is kept in the original and blanked in
// the analysis text, which keeps any line breaks it is to be read as.
void read_annotated(const std::string& data, std::string* original, std::string* analysis) {
  json annotated;
  try {
    annotated = json::parse(data);
  } catch (const json::exception& e) {  // parse_error, or out_of_range for 7777e7777
    throw BadRequest{std::string("parameter 'data' is not valid JSON: ") + e.what()};
  }
  if (!annotated.is_object() || !annotated.contains("annotation") ||
      !annotated["annotation"].is_array())
    throw BadRequest{"parameter 'data' must be an object with an 'annotation' array"};
  for (const json& part : annotated["annotation"]) {
    if (part.is_object() && part.contains("text") && part["text"].is_string()) {
      std::string t = part["text"].get<std::string>();
      *original += t;
      *analysis += t;
    } else if (part.is_object() && part.contains("markup") && part["markup"].is_string()) {
      std::string markup = part["markup"].get<std::string>();
      std::string blank(markup.size(), ' ');
      for (std::size_t i = 0; i < markup.size(); ++i)
        if (markup[i] == '\n') blank[i] = '\n';
      if (part.contains("interpretAs") && part["interpretAs"].is_string()) {
        std::size_t i = 0;
        for (char c : part["interpretAs"].get<std::string>())
          if ((c == '\n' || c == ' ') && i < blank.size()) blank[i++] = c;
      }
      *original += markup;
      *analysis += blank;
    } else {
      throw BadRequest{"parameter 'data': each annotation needs a string 'text' or 'markup'"};
    }
  }
}

}  // namespace

void handle_v2_check(ServeContext& context, const httplib::Params& params, httplib::Response& res) {
  auto snapshot = context.store.current();
  auto param = [&](const char* key) -> const std::string* {
    auto it = params.find(key);
    return it == params.end() ? nullptr : &it->second;
  };
  ordered_json language;
  std::string original, analysis;
  RunOptions options;
  std::shared_ptr<const RuleSet> rules = snapshot->rules;
  try {
    language = language_json(param("language") ? *param("language") : "");
    if (const std::string* text = param("text")) {
      original = analysis = *text;
    } else if (const std::string* data = param("data")) {
      read_annotated(*data, &original, &analysis);
    } else {
      throw BadRequest{"missing parameter 'text' or 'data'"};
    }
    // Not LanguageTool's: the publication date, since an API client has no front matter.
    if (const std::string* published = param("published")) {
      auto day = FuzzyDate::parse(*published);
      if (!day || day->precision() != DatePrecision::kDay)
        throw BadRequest{"parameter 'published' must be a date YYYY-MM-DD, got '" + *published +
                         "'"};
      options.date_override = day->first_day();
    }
    RuleChanges changes = rule_changes(params, *rules);
    if (!changes.empty()) rules = adjust_rules(*rules, changes);
  } catch (const BadRequest& bad) {
    send_error(res, 400, bad.message);
    return;
  }
  // Text that opens with front matter is Markdown, as an editor plugin sends a .md buffer:
  // its `date:` is the publication date and its YAML is not prose.
  bool markdown = !param("data") && starts_with_front_matter(original);
  auto doc = read_request_document(
      "request", original, markdown ? InputFormat::kMarkdown : InputFormat::kPlainText, res);
  if (!doc) return;
  if (!markdown) doc->text = analysis;
  Document kept = *doc;
  FileReport report;
  if (!run_timed_check(context, Checker(snapshot->kb, rules), std::move(*doc), options, res,
                       &report))
    return;
  std::vector<Sentence> sentences = split_sentences(kept.text);
  ordered_json matches = ordered_json::array();
  for (const Finding& f : report.findings) matches.push_back(match_json(f, kept, sentences));
  ordered_json reply{{"software",
                      {{"name", "factlint"},
                       {"version", FACTLINT_VERSION},
                       {"buildDate", ""},
                       {"apiVersion", 1},
                       {"premium", false},
                       {"status", ""}}},
                     {"warnings", warnings_json(report)},
                     {"language", language},
                     {"matches", matches}};
  send_json(res, 200, reply.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void handle_v2_check_form(ServeContext& context, const httplib::Request& req,
                          const std::string& body, httplib::Response& res) {
  std::string type = req.get_header_value("Content-Type");
  if (!type.empty() && type.rfind("application/x-www-form-urlencoded", 0) != 0) {
    send_error(res, 415,
               "unsupported Content-Type '" + type +
                   "': send application/x-www-form-urlencoded form fields");
    return;
  }
  httplib::Params params = req.params;  // the query string's, then the form's
  httplib::detail::parse_query_text(body, params);
  handle_v2_check(context, params, res);
}

void add_languagetool_routes(httplib::Server& server, ServeContext& context) {
  server.Post("/v2/check", [&context](const httplib::Request& req, httplib::Response& res,
                                      const httplib::ContentReader& reader) {
    std::string body;
    if (!read_body(req, res, reader, context.limits, &body)) return;
    handle_v2_check_form(context, req, body, res);
  });
  server.Get("/v2/check", [&context](const httplib::Request& req, httplib::Response& res) {
    handle_v2_check(context, req.params, res);
  });
  server.Get("/v2/languages", [](const httplib::Request&, httplib::Response& res) {
    ordered_json list = ordered_json::array();
    for (const char* code : {"en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"})
      list.push_back({{"name", "English (" + std::string(code + 3) + ")"},
                      {"code", "en"},
                      {"longCode", code}});
    send_json(res, 200, list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  });
}

}  // namespace factlint
