// Commands: loading, running and printing for each subcommand.
#include "cli/commands.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "config/config.h"
#include "engine/checker.h"
#include "engine/loading.h"
#include "engine/paths.h"
#include "knowledge/loader.h"
#include "knowledge/stats.h"
#include "knowledge/wikidata_import.h"
#include "read/publication_date.h"
#include "read/readers.h"
#include "recognise/time_expressions.h"
#include "report/reporter.h"

namespace factlint {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

// `factlint init`: every key of README "Configuration", commented, with its default.
constexpr const char* kInitialConfig =
    R"(# factlint configuration (README.md, "Configuration: .factlint.yaml").
# Paths and globs are relative to this file's folder. Every key is optional.

# Extra knowledge-base files or folders, layered over the shipped knowledge base.
# knowledge: [kb/]
# default_knowledge: true        # false: only the knowledge above

# Extra rule files or folders, layered over the shipped rules.
# rule_paths: [rules/]
# default_rules: true            # false: only the rules above

# Per rule id (factlint rules list): off, on, error, warning or info.
rules: {}
#   event-end-date: warning
#   unused-suppression: off

# The lowest severity that fails the run (exit 1): error, warning, info or never.
fail_on: error

# Files picked from folders (default: .md .markdown .mdx .txt .text .html .htm .xhtml .ninjs),
# and files left out.
# include: ["articles/**/*.md"]
# exclude: ["drafts/**"]

# Numeric dates such as 04/05/2022: mdy or dmy.
date_order: mdy

# Findings recorded by `factlint check --write-baseline FILE`: reported no more.
# baseline: .factlint-baseline.json

# Other rule settings for some files, later entries winning (as ESLint's overrides).
# overrides:
#   - files: ["archive/**"]
#     rules: {event-start-date: warning}
)";

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
// leaves a half-written report (nor the temporary file). A device or pipe (/dev/null, /dev/stdout)
// is written in place: renaming over it would replace the node with a file.
bool write_output(const std::string& path, const std::string& content, std::string* error) {
  auto failed = [&](const std::string& target, const char* what, int err) {
    *error = target + ": " + what + (err != 0 ? std::string(": ") + std::strerror(err) : "");
    return false;
  };
  if (path.empty() || path == "-") {
    std::cout << content;
    std::cout.flush();
    // A full disk or a closed pipe: the report is lost, so the run must not look clean.
    if (!std::cout) return failed("standard output", "write failed", errno);
    return true;
  }
  fs::path target(path);
  std::error_code ec;
  fs::file_status status = fs::status(target, ec);
  if (fs::is_directory(status)) return failed(path, "is a directory", 0);
  bool in_place = fs::exists(status) && !fs::is_regular_file(status);
  fs::path tmp = target;
  if (!in_place) tmp += ".tmp-factlint";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return failed(path, "cannot write", errno);
    out << content;
    out.close();
    if (!out) {
      int err = errno;
      if (!in_place) fs::remove(tmp, ec);
      return failed(path, "write failed", err);
    }
  }
  if (in_place) return true;
  fs::rename(tmp, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    *error = path + ": cannot write: " + ec.message();
    return false;
  }
  return true;
}

// A report that is a directory (html): created if missing, each file written atomically; files
// this run does not write are left alone, since the directory may hold other things.
bool write_output_directory(const std::string& dir, const std::vector<ReportFile>& files,
                            std::string* error) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    *error = dir + ": cannot create the report directory";
    return false;
  }
  for (const ReportFile& f : files)
    if (!write_output((fs::path(dir) / f.name).string(), f.content, error)) return false;
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
      if (!c.judged_at.empty()) out << "; judged at " << c.judged_at;
      if (c.quoted) out << " [quoted]";
      out << " [" << c.rule << (c.path.empty() ? "" : ": " + c.path) << "]\n";
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
  LintOptions lint_options = cmd.lint;
  if (!cmd.min_severity.empty()) {
    lint_options.min_severity = parse_severity(cmd.min_severity);
    if (!lint_options.min_severity)
      return fail_with("--min-severity: expected error, warning or info, got '" + cmd.min_severity +
                       "'");
  }
  if (cmd.quiet) lint_options.min_severity = Severity::kError;
  // Colour only for people: text on a terminal, unless NO_COLOR (no-color.org) or a flag says.
  bool colour = cmd.color_given
                    ? cmd.color
                    : isatty(STDOUT_FILENO) != 0 && std::getenv("NO_COLOR") == nullptr &&
                          (cmd.output.empty() || cmd.output == "-");
  if (cmd.format == "text" && colour && !cmd.claims_only) reporter = make_text_reporter(true);
  RunOptions run;
  if (!cmd.date.empty()) {
    auto d = FuzzyDate::parse(cmd.date);
    if (!d || d->precision() != DatePrecision::kDay)
      return fail_with("--date: expected YYYY-MM-DD, got '" + cmd.date + "'");
    run.date_override = d->first_day();
  }
  LintResult lint;
  CheckCommand with_options = cmd;
  with_options.lint = lint_options;
  if (auto problem = run_lint(with_options, run, lint)) return fail_with(*problem);
  std::vector<FileReport>& reports = lint.reports;
  std::string error;

  // `-o review/` is a folder of pages; `-o story.html` is the one page it names.
  std::string extension = fs::path(cmd.output).extension().string();
  bool names_page = extension == ".html" || extension == ".htm";
  bool to_directory = reporter && reporter->writes_directory() && !cmd.output.empty() &&
                      cmd.output != "-" && !names_page;
  if (reporter && reporter->writes_directory() && !to_directory && reports.size() > 1)
    return fail_with("--format " + cmd.format + ": " + std::to_string(reports.size()) +
                     " files need --output DIR/ (an index page and one page per file)" +
                     (names_page ? ", not a page name" : ""));
  if (to_directory) {
    if (!write_output_directory(cmd.output, reporter->directory_files(reports, cmd.output), &error))
      return fail_with(error);
  } else {
    std::ostringstream out;
    if (cmd.claims_only && cmd.format == "text")
      write_claims_text(reports, out);
    else if (cmd.output.empty() || cmd.output == "-")
      reporter->write(reports, out);
    else
      reporter->write_into(reports, fs::path(cmd.output).parent_path().string(), out);
    if (!write_output(cmd.output, out.str(), &error)) return fail_with(error);
  }
  // Each was reported for its path; the report holds every other file.
  if (lint.internal_errors > 0 || lint.unreadable > 0) return kExitError;
  if (cmd.claims_only) return kExitClean;
  if (!cmd.lint.write_baseline.empty()) {
    // Recording the findings is the job asked for: it succeeded, whatever they are.
    std::cerr << "factlint: baseline written to " << cmd.lint.write_baseline << "\n";
    return kExitClean;
  }
  if (lint.too_many_warnings > 0)
    std::cerr << "factlint: " << lint.too_many_warnings << " warnings, more than --max-warnings "
              << cmd.lint.max_warnings << "\n";
  return lint.failed ? kExitFindings : kExitClean;
}

int run_kb_validate(LoadOptions load) {
  load.use_cache = false;  // every diagnostic comes from the YAML itself, with file:line
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

int run_kb_compile(LoadOptions load) {
  load.refresh_cache = true;
  Diagnostics diags;
  CacheUse use;
  auto kb = load_knowledge(load, diags, &use);
  for (const Diagnostic& d : diags.all()) std::cerr << d.str() << "\n";
  if (diags.has_errors()) {
    std::cerr << "factlint: knowledge base invalid: " << diags.error_count()
              << " errors; nothing compiled\n";
    return kExitError;
  }
  if (!load.use_cache) return fail_with("kb compile writes to the cache: drop --no-cache");
  if (use.path.empty())
    return fail_with(
        "no cache folder: FACTLINT_CACHE_DIR is off, or neither it, XDG_CACHE_HOME nor HOME is "
        "set");
  if (!use.written) return fail_with("cannot write " + use.path);
  std::error_code ec;
  std::cout << "compiled " << kb->entities().size() << " entities from " << kb->files().size()
            << " files into " << use.path << " (" << std::filesystem::file_size(use.path, ec)
            << " bytes)\n";
  return kExitClean;
}

int run_kb_stats(const LoadOptions& load, const std::string& format) {
  Diagnostics diags;
  auto kb = load_knowledge(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  KnowledgeStats stats = knowledge_stats(*kb);
  if (format == "json") {
    ordered_json j;
    j["entities"] = stats.entities;
    j["by_type"] = stats.by_type;
    j["facts"] = stats.facts;
    j["sourced"] = stats.sourced;
    j["as_of"] = stats.as_of;
    j["files"] = stats.files;
    std::cout << j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else if (format == "text") {
    std::cout << "entities: " << stats.entities << "\n";
    for (const auto& [type, n] : stats.by_type) std::cout << "  " << type << ": " << n << "\n";
    std::cout << "facts: " << stats.facts << "\nsourced: " << stats.sourced << "\nas_of:\n";
    for (const auto& [date, n] : stats.as_of)
      std::cout << "  " << date << ": " << n << " entities\n";
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
  for (const GroupCount& g : e.deaths_among) {
    ordered_json group{{"group", g.nouns}};
    if (!g.country.empty()) group["country"] = g.country;
    group["count"] = g.count.min == g.count.max
                         ? ordered_json(g.count.min)
                         : ordered_json{{"min", g.count.min}, {"max", g.count.max}};
    j["deaths_among"].push_back(group);
  }
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

// One entity for people: "key: value" lines, lists and terms indented below their key.
void write_entity_text(const ordered_json& e, std::ostream& out) {
  auto scalar = [](const ordered_json& v) {
    return v.is_string() ? v.get<std::string>() : v.dump();
  };
  out << e["name"].get<std::string>() << " (" << e["id"].get<std::string>() << ", "
      << e["type"].get<std::string>() << ")  " << e["kb_file"].get<std::string>() << ":"
      << e["kb_line"].get<int>() << "\n";
  for (const auto& [key, value] : e.items()) {
    if (key == "name" || key == "id" || key == "type" || key == "kb_file" || key == "kb_line")
      continue;
    if (!value.is_array()) {
      out << "  " << key << ": " << scalar(value) << "\n";
      continue;
    }
    out << "  " << key << ":\n";
    for (const ordered_json& item : value) {
      if (!item.is_object()) {
        out << "    - " << scalar(item) << "\n";
        continue;
      }
      std::string line;
      for (const auto& [k, v] : item.items())
        line += (line.empty() ? "" : ", ") + k + " " + scalar(v);
      out << "    - " << line << "\n";
    }
  }
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
    std::cout << ordered_json{{"name", name}, {"entities", list}}.dump(
                     2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  } else if (format == "text") {
    if (found.empty()) std::cout << "no entity is called '" << name << "'\n";
    for (const Entity* e : found) write_entity_text(entity_json(*e), std::cout);
  } else {
    return fail_with("--format: expected text or json, got '" + format + "'");
  }
  return found.empty() ? kExitFindings : kExitClean;
}

int run_kb_import(const LoadOptions& load, const std::string& file, const std::string& output,
                  const std::string& as_of) {
  std::optional<FuzzyDate> as_of_date;
  if (!as_of.empty()) {
    as_of_date = FuzzyDate::parse(as_of);
    if (!as_of_date)
      return fail_with("--as-of: expected YYYY, YYYY-MM or YYYY-MM-DD, got '" + as_of + "'");
  }
  std::string text;
  if (!read_input(file, &text)) return fail_with(file + ": cannot read");
  Diagnostics diags;
  // Linked items map to existing ids when the knowledge base loads; importing works without it.
  Diagnostics kb_diags;
  auto kb = load_knowledge(load, kb_diags);
  WikidataImport imported =
      import_wikidata(text, file, kb_diags.has_errors() ? nullptr : kb.get(), diags);
  for (const Diagnostic& d : diags.all()) std::cerr << d.str() << "\n";
  if (diags.has_errors()) return kExitError;
  std::string error;
  if (!write_output(output, emit_knowledge_yaml(imported.entities, as_of_date), &error))
    return fail_with(error);
  return kExitClean;
}

int run_kb_refresh(const LoadOptions& load, const RefreshCommand& cmd) {
  auto knowledge = default_data_dir("knowledge");
  fs::path dir = knowledge ? fs::path(*knowledge) / "queries" : fs::path();
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec))
    return fail_with("kb refresh: no knowledge/queries/ folder beside the knowledge base");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ".rq") names.push_back(entry.path().stem().string());
  std::sort(names.begin(), names.end());
  if (cmd.list || cmd.query.empty()) {
    if (!cmd.list)
      return fail_with("kb refresh: name a query (" + std::to_string(names.size()) +
                       " shipped; --list shows them)");
    for (const std::string& n : names)
      std::cout << n << "  " << (dir / (n + ".rq")).string() << "\n";
    return kExitClean;
  }
  if (std::find(names.begin(), names.end(), cmd.query) == names.end()) {
    std::string known;
    for (const std::string& n : names) known += (known.empty() ? "" : ", ") + n;
    return fail_with("kb refresh: no query '" + cmd.query + "' (shipped: " + known + ")");
  }
  std::string query;
  read_input((dir / (cmd.query + ".rq")).string(), &query);
  if (cmd.print_query) {
    std::cout << query;
    return kExitClean;
  }
  // factlint never fetches: the desk runs the query where it has access and hands the results in.
  if (cmd.results.empty())
    return fail_with(
        "kb refresh: pass the query's results with --results FILE (run the SPARQL "
        "of 'factlint kb refresh " +
        cmd.query +
        " --print-query' at "
        "https://query.wikidata.org/ and download JSON)");
  return run_kb_import(load, cmd.results, cmd.output, cmd.as_of);
}

int run_rules_list(const LoadOptions& load) {
  Diagnostics diags;
  auto rules = load_rule_set(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  for (const Rule& r : rules->rules)
    std::cout << r.id << "  [" << r.kind << ", " << severity_name(r.severity) << ", "
              << r.patterns.size() << " patterns, "
              << (r.syntax_patterns.empty()
                      ? std::string()
                      : std::to_string(r.syntax_patterns.size()) + " syntactic patterns, ")
              << r.examples.size() << " examples]  " << r.description << "\n";
  return kExitClean;
}

int run_explain(const LoadOptions& load, const std::string& rule_id) {
  Diagnostics diags;
  auto rules = load_rule_set(load, diags);
  if (diags.has_errors()) return fail_with(diags);
  const Rule* rule = rules->find(rule_id);
  if (!rule) {
    const std::vector<std::string>& builtin = builtin_rule_ids();
    if (std::find(builtin.begin(), builtin.end(), rule_id) != builtin.end()) {
      std::cout << rule_id << ": built into the engine (README, \"Claim kinds and their checks\" "
                << "and \"Suppressions\"); configure it in .factlint.yaml like any rule\n";
      return kExitClean;
    }
    std::string known;
    for (const Rule& r : rules->rules) known += (known.empty() ? "" : ", ") + r.id;
    return fail_with("explain: unknown rule '" + rule_id + "' (rules: " + known + ")");
  }
  std::cout << rule->id << " (" << rule->kind << ", " << severity_name(rule->severity) << ")\n"
            << "  " << rule->description << "\n"
            << "  defined at " << rule->where.str() << "\n"
            << "  help: " << rule_help_uri(*rule) << "\n"
            << "  message: " << rule->message << "\n";
  for (const SyntaxPattern& p : rule->syntax_patterns)
    std::cout << "  syntax: " << p.source << "\n";
  if (!rule->examples.empty()) std::cout << "  examples:\n";
  for (const RuleExample& ex : rule->examples)
    std::cout << "    " << (ex.expect_flag ? "flagged:    " : "consistent: ") << ex.text
              << (ex.date ? "  (published " + iso_day(*ex.date) + ")" : "") << "\n";
  return kExitClean;
}

int run_init(const std::string& folder) {
  fs::path target = fs::path(folder) / kConfigFileName;
  std::error_code ec;
  if (fs::exists(target, ec))
    return fail_with(target.string() +
                     ": already exists; not overwritten (edit it, or remove it "
                     "first)");
  if (!fs::is_directory(folder, ec)) return fail_with(folder + ": no such folder");
  std::ofstream out(target, std::ios::binary);
  out << kInitialConfig;
  if (!out.flush()) return fail_with(target.string() + ": cannot write");
  std::cout << "wrote " << target.string() << "\n";
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
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  return kExitClean;
}

}  // namespace factlint
