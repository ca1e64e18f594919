// Commands: loading, running and printing for each subcommand.
#include "cli/commands.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "engine/checker.h"
#include "engine/paths.h"
#include "knowledge/loader.h"
#include "read/publication_date.h"
#include "read/readers.h"
#include "recognise/time_expressions.h"
#include "report/reporter.h"

namespace factlint {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

// Prints a load failure as one line on stderr and returns the error exit code.
int fail_with(const Diagnostics& diags) {
  std::cerr << "factlint: " << diags.first_error().str();
  if (diags.error_count() > 1) std::cerr << " (and " << diags.error_count() - 1 << " more errors)";
  std::cerr << "\n";
  return kExitError;
}

int fail_with(const std::string& message) {
  std::cerr << "factlint: " << message << "\n";
  return kExitError;
}

std::shared_ptr<const KnowledgeBase> load_knowledge(const LoadOptions& load, Diagnostics& diags) {
  std::vector<std::vector<std::string>> layers;
  if (!load.no_default_knowledge) {
    auto dir = default_data_dir("knowledge");
    if (!dir) {
      diags.error({},
                  "cannot find the default knowledge base (set FACTLINT_DATA_DIR or use "
                  "--knowledge)");
      return nullptr;
    }
    layers.push_back({*dir});
  }
  for (const std::string& k : load.knowledge) layers.push_back({k});
  return KnowledgeBase::load(layers, diags);
}

std::shared_ptr<const RuleSet> load_rule_set(const LoadOptions& load, Diagnostics& diags) {
  std::vector<std::string> paths;
  if (!load.no_default_rules) {
    auto dir = default_data_dir("rules");
    if (!dir) {
      diags.error({}, "cannot find the default rules (set FACTLINT_DATA_DIR or use --rules)");
      return nullptr;
    }
    paths.push_back(*dir);
  }
  for (const std::string& r : load.rules) paths.push_back(r);
  return std::make_shared<const RuleSet>(load_rules(paths, diags));
}

bool is_article_file(const fs::path& p) {
  static const std::set<std::string> kExtensions = {".md", ".markdown", ".mdx", ".txt", ".text"};
  return kExtensions.count(p.extension().string()) > 0;
}

// Expands the command-line paths into files, in a stable order.
bool collect_inputs(const std::vector<std::string>& paths, std::vector<std::string>& out,
                    std::string* error) {
  for (const std::string& path : paths) {
    if (path == "-") {
      out.push_back(path);
      continue;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::end(it);
           it.increment(ec))
        if (it->is_regular_file() && is_article_file(it->path()))
          found.push_back(it->path().lexically_normal().string());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      out.push_back(path);
    } else {
      *error = path + ": no such file or directory";
      return false;
    }
  }
  return true;
}

bool read_input(const std::string& path, std::string* bytes) {
  if (path == "-") {
    *bytes = std::string(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buf;
  buf << in.rdbuf();
  *bytes = buf.str();
  return true;
}

// Writes to a temporary file beside the target and renames it, so that a failed run never
// leaves a half-written report.
bool write_output(const std::string& path, const std::string& content, std::string* error) {
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    return true;
  }
  fs::path target(path);
  fs::path tmp = target;
  tmp += ".tmp-factlint";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      *error = path + ": cannot write";
      return false;
    }
    out << content;
    if (!out.flush()) {
      *error = path + ": write failed";
      return false;
    }
  }
  std::error_code ec;
  fs::rename(tmp, target, ec);
  if (ec) {
    fs::remove(tmp, ec);
    *error = path + ": cannot write";
    return false;
  }
  return true;
}

// --fail-on: a severity, or "never" (threshold left empty).
bool parse_fail_on(const std::string& s, std::optional<Severity>* threshold) {
  if (s == "never") {
    threshold->reset();
    return true;
  }
  *threshold = parse_severity(s);
  return threshold->has_value();
}

void write_claims_text(const std::vector<FileReport>& files, std::ostream& out) {
  for (const FileReport& f : files) {
    out << f.path << ": published "
        << (f.published ? iso_day(*f.published) + " (" + f.published_from + ")" : "unknown")
        << "\n";
    for (const ClaimRecord& c : f.claims) {
      out << "  " << c.where.line << ":" << c.where.column << " " << c.kind << " \"" << c.text
          << "\" " << verdict_name(c.verdict);
      if (!c.subject.empty()) out << " (" << c.subject << ")";
      if (!c.expected.empty()) out << " records: " << c.expected;
      if (!c.note.empty()) out << " — " << c.note;
      if (c.quoted) out << " [quoted]";
      out << " [" << c.rule << "]\n";
    }
  }
}

}  // namespace

int run_check(const CheckCommand& cmd) {
  std::optional<Severity> fail_on;
  if (!parse_fail_on(cmd.fail_on, &fail_on))
    return fail_with("--fail-on: expected error, warning, info or never, got '" + cmd.fail_on +
                     "'");
  std::unique_ptr<Reporter> reporter = make_reporter(cmd.format);
  if (!reporter && !(cmd.claims_only && cmd.format == "text"))
    return fail_with("--format: unknown format '" + cmd.format + "'");
  RunOptions run;
  if (!cmd.date.empty()) {
    auto d = FuzzyDate::parse(cmd.date);
    if (!d || d->precision() != DatePrecision::kDay)
      return fail_with("--date: expected YYYY-MM-DD, got '" + cmd.date + "'");
    run.date_override = d->first_day();
  }
  std::vector<std::string> inputs;
  std::string error;
  if (!collect_inputs(cmd.paths, inputs, &error)) return fail_with(error);

  Diagnostics diags;
  auto kb = load_knowledge(cmd.load, diags);
  if (diags.has_errors()) return fail_with(diags);
  auto rules = load_rule_set(cmd.load, diags);
  if (diags.has_errors()) return fail_with(diags);
  Checker checker(kb, rules);

  std::vector<FileReport> reports;
  for (const std::string& path : inputs) {
    std::string bytes;
    if (!read_input(path, &bytes)) return fail_with(path + ": cannot read");
    std::string name = path == "-" && !cmd.stdin_filename.empty() ? cmd.stdin_filename : path;
    std::string reason;
    auto doc = read_document(name, std::move(bytes), detect_format(name), &reason);
    if (!doc) {
      std::cerr << "factlint: warning: " << name << ": " << reason << "\n";
      continue;
    }
    reports.push_back(checker.check(std::move(*doc), run));
  }

  std::ostringstream out;
  if (cmd.claims_only && cmd.format == "text")
    write_claims_text(reports, out);
  else
    reporter->write(reports, out);
  if (!write_output(cmd.output, out.str(), &error)) return fail_with(error);
  if (cmd.claims_only) return kExitClean;
  return has_findings_at_or_above(reports, fail_on) ? kExitFindings : kExitClean;
}

int run_kb_validate(const LoadOptions& load) {
  Diagnostics diags;
  auto kb = load_knowledge(load, diags);
  for (const Diagnostic& d : diags.all()) std::cerr << d.str() << "\n";
  if (diags.has_errors()) {
    std::cerr << "factlint: knowledge base invalid: " << diags.error_count() << " errors\n";
    return kExitError;
  }
  std::cout << "knowledge base OK: " << kb->entities().size() << " entities in "
            << kb->files().size() << " files, " << diags.all().size() << " warnings\n";
  return kExitClean;
}

namespace {

int count_facts(const Entity& e) {
  int n = 0;
  for (bool has : {e.born.has_value(), e.died.has_value(), e.start.has_value(), e.end.has_value(),
                   e.date.has_value(), e.founded.has_value(), e.deaths.has_value(),
                   !e.winner.empty(), !e.part_of.empty(), !e.country.empty()})
    n += has ? 1 : 0;
  n += static_cast<int>(e.positions.size() + e.members.size() + e.capitals.size() +
                        e.former_names.size());
  return n;
}

}  // namespace

int run_kb_stats(const LoadOptions& load, const std::string& format) {
  Diagnostics diags;
  auto kb = load_knowledge(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  std::map<std::string, int> by_type;
  std::map<std::string, int> as_of;
  int facts = 0;
  int sourced = 0;
  for (const Entity& e : kb->entities()) {
    ++by_type[entity_type_name(e.type)];
    as_of[e.as_of ? e.as_of->iso() : "none"]++;
    facts += count_facts(e);
    if (!e.sources.empty()) ++sourced;
  }
  double fraction = kb->entities().empty() ? 1.0 : double(sourced) / double(kb->entities().size());
  if (format == "json") {
    ordered_json j;
    j["entities"] = kb->entities().size();
    j["by_type"] = by_type;
    j["facts"] = facts;
    j["sourced"] = fraction;
    j["as_of"] = as_of;
    j["files"] = kb->files().size();
    std::cout << j.dump(2) << "\n";
  } else if (format == "text") {
    std::cout << "entities: " << kb->entities().size() << "\n";
    for (const auto& [type, n] : by_type) std::cout << "  " << type << ": " << n << "\n";
    std::cout << "facts: " << facts << "\nsourced: " << fraction << "\nas_of:\n";
    for (const auto& [date, n] : as_of) std::cout << "  " << date << ": " << n << " entities\n";
  } else {
    return fail_with("--format: expected text or json, got '" + format + "'");
  }
  return kExitClean;
}

namespace {

ordered_json term_json(const Term& t, const char* key) {
  ordered_json j;
  j[key] = t.ref;
  if (t.start) j["start"] = t.start->iso();
  if (t.end) j["end"] = t.end->iso();
  if (t.acting) j["acting"] = true;
  if (!t.status.empty()) j["status"] = t.status;
  if (!t.source.empty()) j["source"] = t.source;
  return j;
}

ordered_json entity_json(const Entity& e) {
  ordered_json j;
  j["id"] = e.id;
  j["type"] = entity_type_name(e.type);
  j["name"] = e.name;
  if (!e.wikidata.empty()) j["wikidata"] = e.wikidata;
  if (!e.aliases.empty()) j["aliases"] = e.aliases;
  auto date = [&](const char* key, const std::optional<FuzzyDate>& d) {
    if (d) j[key] = d->iso();
  };
  date("born", e.born);
  date("died", e.died);
  date("founded", e.founded);
  date("start", e.start);
  date("end", e.end);
  date("date", e.date);
  if (!e.category.empty()) j["category"] = e.category;
  if (!e.part_of.empty()) j["part_of"] = e.part_of;
  if (!e.country.empty()) j["country"] = e.country;
  if (!e.organization.empty()) j["organization"] = e.organization;
  if (!e.titles.empty()) j["titles"] = e.titles;
  if (!e.demonyms.empty()) j["demonyms"] = e.demonyms;
  if (e.deaths)
    j["deaths"] = e.deaths->min == e.deaths->max
                      ? ordered_json(e.deaths->min)
                      : ordered_json{{"min", e.deaths->min}, {"max", e.deaths->max}};
  if (!e.winner.empty()) j["winner"] = e.winner;
  if (!e.participants.empty()) j["participants"] = e.participants;
  for (const auto& [key, terms, ref] :
       {std::tuple{"positions", &e.positions, "office"},
        std::tuple{"members", &e.members, "member"}, std::tuple{"capital", &e.capitals, "place"}}) {
    if (terms->empty()) continue;
    ordered_json list = ordered_json::array();
    for (const Term& t : *terms) list.push_back(term_json(t, ref));
    j[key] = list;
  }
  if (e.as_of) j["as_of"] = e.as_of->iso();
  j["sources"] = e.sources;
  j["kb_file"] = e.where.file;
  j["kb_line"] = e.where.line;
  return j;
}

}  // namespace

int run_kb_lookup(const LoadOptions& load, const std::string& name, const std::string& format) {
  Diagnostics diags;
  auto kb = load_knowledge(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  std::vector<const Entity*> found;
  if (const Entity* e = kb->find(name)) found.push_back(e);
  std::vector<Token> tokens = tokenize(name, 0, name.size());
  for (const NameMatch& m : kb->names().match(tokens)) {
    if (m.first_token != 0 || m.last_token + 1 != tokens.size()) continue;
    for (const NameRef& r : m.refs) {
      const Entity* e = &kb->entities()[r.entity];
      if (std::find(found.begin(), found.end(), e) == found.end()) found.push_back(e);
    }
  }
  if (format == "json") {
    ordered_json list = ordered_json::array();
    for (const Entity* e : found) list.push_back(entity_json(*e));
    std::cout << ordered_json{{"name", name}, {"entities", list}}.dump(2) << "\n";
  } else {
    if (found.empty()) std::cout << "no entity is called '" << name << "'\n";
    for (const Entity* e : found) std::cout << entity_json(*e).dump(2) << "\n";
  }
  return found.empty() ? kExitFindings : kExitClean;
}

int run_rules_list(const LoadOptions& load) {
  Diagnostics diags;
  auto rules = load_rule_set(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  for (const Rule& r : rules->rules)
    std::cout << r.id << "  [" << r.kind << ", " << severity_name(r.severity) << ", "
              << r.patterns.size() << " patterns, " << r.examples.size() << " examples]  "
              << r.description << "\n";
  return kExitClean;
}

int run_rules_test(const LoadOptions& load) {
  Diagnostics diags;
  auto kb = load_knowledge(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  auto rules = load_rule_set(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  int passed = 0;
  int failed = 0;
  for (const Rule& rule : rules->rules) {
    auto only = std::make_shared<RuleSet>();
    only->rules.push_back(rule);
    Checker checker(kb, only);
    for (const RuleExample& ex : rule.examples) {
      std::string reason;
      auto doc = read_document("<example>", ex.text, InputFormat::kPlainText, &reason);
      RunOptions run;
      run.date_override = ex.date;
      FileReport report = checker.check(std::move(*doc), run);
      bool flagged = !report.findings.empty();
      if (flagged == ex.expect_flag) {
        ++passed;
      } else {
        ++failed;
        std::cout << ex.where.str() << ": FAIL " << rule.id << ": expected "
                  << (ex.expect_flag ? "a finding" : "no finding") << " for \"" << ex.text << "\"";
        if (!report.claims.empty())
          std::cout << " (claim \"" << report.claims[0].text << "\" was "
                    << verdict_name(report.claims[0].verdict) << ")";
        else
          std::cout << " (no claim extracted)";
        std::cout << "\n";
      }
    }
  }
  std::cout << "rules test: " << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? kExitClean : kExitFindings;
}

int run_time(const std::string& date, const std::string& direction, const std::string& order) {
  auto d = FuzzyDate::parse(date);
  if (!d || d->precision() != DatePrecision::kDay)
    return fail_with("--date: expected YYYY-MM-DD, got '" + date + "'");
  TimeContext ctx;
  ctx.reference = d->first_day();
  if (direction == "past")
    ctx.direction = Direction::kPast;
  else if (direction == "future")
    ctx.direction = Direction::kFuture;
  else if (direction == "tense")
    ctx.direction = Direction::kTense;
  else
    return fail_with("--direction: expected past, future or tense, got '" + direction + "'");
  if (order == "mdy")
    ctx.numeric_order = NumericDateOrder::kMonthDayYear;
  else if (order == "dmy")
    ctx.numeric_order = NumericDateOrder::kDayMonthYear;
  else
    return fail_with("--numeric-order: expected mdy or dmy, got '" + order + "'");
  std::string text(std::istreambuf_iterator<char>(std::cin), {});
  LineIndex lines(text);
  for (const TimeExpression& t : find_time_expressions(text, 0, text.size(), ctx)) {
    TextPosition a = lines.position(t.begin);
    TextPosition b = lines.position(t.end);
    ordered_json j{
        {"line", a.line}, {"column", a.column}, {"end_column", b.column},       {"text", t.text},
        {"type", t.type}, {"value", t.value},   {"grain", grain_name(t.grain)}, {"mod", t.mod}};
    std::cout << j.dump() << "\n";
  }
  return kExitClean;
}

}  // namespace factlint
