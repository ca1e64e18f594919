// Command line: the grammar of SPEC.md ("Command line"), built with CLI11.
#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/commands.h"
#include "cli/parse_command.h"
#include "report/reporter.h"
#include "serve/server.h"

namespace factlint {

namespace {

void add_load_options(CLI::App* app, LoadOptions& load) {
  app->add_option("--knowledge", load.knowledge,
                  "Extra knowledge-base file or directory, layered over the default (repeatable)");
  app->add_flag("--no-default-knowledge", load.no_default_knowledge,
                "Use only the --knowledge paths");
  app->add_option("--rules", load.rules,
                  "Extra rule file or directory, layered over the default (repeatable)");
  app->add_flag("--no-default-rules", load.no_default_rules, "Use only the --rules paths");
  app->add_flag("!--no-cache", load.use_cache,
                "Read the knowledge base from its YAML, not from the compiled copy in the cache "
                "(README, \"Compiled knowledge base\")");
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{
      "factlint: checks the facts in news copy against a knowledge base of sourced records"};
  app.set_version_flag("--version", std::string("factlint ") + FACTLINT_VERSION);
  app.require_subcommand(1);

  CheckCommand check;
  std::string formats;
  for (const std::string& f : reporter_formats()) formats += (formats.empty() ? "" : "|") + f;
  auto add_check_options = [&](CLI::App* sub, bool with_fail_on) {
    add_load_options(sub, check.load);
    sub->add_option("paths", check.paths, "Files, directories (recursed), or - for stdin")
        ->required();
    sub->add_option("--format,-f", check.format, "Output format: " + formats)->default_str("text");
    sub->add_option("--output,-o", check.output, "Write the report to FILE (default stdout)");
    sub->add_option("--date", check.date, "Publication date YYYY-MM-DD, overriding the article's");
    sub->add_option("--stdin-filename", check.stdin_filename,
                    "Name to report for input read from stdin (its extension picks the format)");
    if (with_fail_on)
      sub->add_option("--fail-on", check.fail_on,
                      "Lowest severity that makes the exit code 1: error|warning|info|never")
          ->default_str("error");
    sub->add_option("--glob", check.lint.globs,
                    "Pick files in folders by glob, e.g. '**/*.md' (repeatable)");
    sub->add_option("--exclude", check.lint.excludes, "Leave out files by glob (repeatable)");
    sub->add_option("--jobs,-j", check.lint.jobs, "Files checked in parallel (default: cores)")
        ->check(CLI::NonNegativeNumber);
    sub->add_option("--config", check.lint.config,
                    "Configuration file (default: the nearest .factlint.yaml upwards)");
    if (with_fail_on) {
      sub->add_flag("--quiet,-q", check.quiet, "Report errors only (as --min-severity error)");
      sub->add_option("--min-severity", check.min_severity,
                      "Hide findings below this severity: error|warning|info");
      sub->add_option("--max-warnings", check.lint.max_warnings,
                      "Exit 1 when more than N warnings are found (as ESLint)")
          ->check(CLI::NonNegativeNumber);
      sub->add_flag("--color,!--no-color", check.color,
                    "Colour the text output (default: on a terminal, unless NO_COLOR is set)");
      sub->add_option("--baseline", check.lint.baseline,
                      "Report only findings not recorded in this baseline file");
      sub->add_option("--write-baseline", check.lint.write_baseline,
                      "Record today's findings in this baseline file");
    }
  };
  CLI::App* check_cmd = app.add_subcommand("check", "Check articles and report contradictions");
  add_check_options(check_cmd, true);
  CLI::App* claims_cmd =
      app.add_subcommand("claims", "List every extracted claim with its verdict (explain mode)");
  add_check_options(claims_cmd, false);

  LoadOptions load;
  std::string config_path, config_file;
  CLI::App* config_cmd = app.add_subcommand(
      "config", "Print the merged configuration for PATH and where each value comes from");
  add_load_options(config_cmd, load);
  config_cmd->add_option("path", config_path, "File or folder (default: the current folder)");
  config_cmd->add_option("--config", config_file, "Configuration file instead of the nearest");

  std::string kb_format = "text";
  std::string lookup_name;
  CLI::App* kb = app.add_subcommand("kb", "Knowledge-base tooling");
  kb->require_subcommand(1);
  CLI::App* kb_validate = kb->add_subcommand("validate", "Validate the knowledge base");
  add_load_options(kb_validate, load);
  CLI::App* kb_compile = kb->add_subcommand(
      "compile", "Compile the knowledge base into the cache, so later runs skip the YAML");
  add_load_options(kb_compile, load);
  CLI::App* kb_stats = kb->add_subcommand("stats", "Count entities and facts");
  add_load_options(kb_stats, load);
  kb_stats->add_option("--format", kb_format, "text|json")->default_str("text");
  CLI::App* kb_lookup = kb->add_subcommand("lookup", "Everything known about a name");
  add_load_options(kb_lookup, load);
  kb_lookup->add_option("name", lookup_name, "A name, alias, title, demonym or id")->required();
  kb_lookup->add_option("--format", kb_format, "text|json")->default_str("text");

  std::string import_file, import_output, import_as_of;
  CLI::App* kb_import =
      kb->add_subcommand("import", "Turn Wikidata results into knowledge-base YAML");
  add_load_options(kb_import, load);
  kb_import
      ->add_option("--wikidata", import_file,
                   "SPARQL JSON results or JSON-dump lines (one entity a line)")
      ->required();
  kb_import->add_option("--output,-o", import_output, "Write the YAML to FILE (default stdout)");
  kb_import->add_option("--as-of", import_as_of, "The as_of date of the imported facts");

  std::string explain_rule;
  CLI::App* explain_cmd = app.add_subcommand(
      "explain", "What a rule checks, its severity, examples from its YAML, and where it lives");
  add_load_options(explain_cmd, load);
  explain_cmd->add_option("rule", explain_rule, "A rule id (factlint rules list)")->required();

  std::string init_dir = ".";
  CLI::App* init_cmd =
      app.add_subcommand("init", "Write a commented .factlint.yaml (never over an existing one)");
  init_cmd->add_option("folder", init_dir, "Where to write it (default: the current folder)");

  std::string refresh_query, refresh_results;
  bool refresh_list = false, refresh_print = false;
  CLI::App* kb_refresh = kb->add_subcommand(
      "refresh", "Refresh the knowledge base from a shipped Wikidata query's results");
  add_load_options(kb_refresh, load);
  kb_refresh->add_option("query", refresh_query, "A query of knowledge/queries/ (see --list)");
  kb_refresh->add_flag("--list", refresh_list, "List the shipped queries");
  kb_refresh->add_flag("--print-query", refresh_print, "Print the SPARQL to run");
  kb_refresh->add_option("--results", refresh_results,
                         "The query's results (W3C SPARQL JSON), as downloaded");
  kb_refresh->add_option("--output,-o", import_output, "Write the YAML layer to FILE");
  kb_refresh->add_option("--as-of", import_as_of, "The date the results are current to");

  CLI::App* rules = app.add_subcommand("rules", "Rule tooling");
  rules->require_subcommand(1);
  CLI::App* rules_list = rules->add_subcommand("list", "List the rules");
  add_load_options(rules_list, load);
  CLI::App* rules_test = rules->add_subcommand("test", "Run the examples in every rule");
  add_load_options(rules_test, load);

  ServeOptions serve;
  int time_limit_ms = static_cast<int>(serve.time_limit.count());
  CLI::App* serve_cmd =
      app.add_subcommand("serve", "HTTP API for pre-publication checks (README, \"HTTP API\")");
  add_load_options(serve_cmd, serve.load);
  serve_cmd->add_option("--host", serve.host, "Address to listen on")->default_str("127.0.0.1");
  serve_cmd->add_option("--port", serve.port, "Port to listen on; 0 picks a free one")
      ->default_str("8080");
  serve_cmd->add_option("--threads", serve.threads,
                        "Worker threads (default: two per CPU, at least 8)");
  serve_cmd
      ->add_option("--max-body-bytes", serve.max_body_bytes,
                   "Largest request body accepted; larger ones get 413")
      ->default_str(std::to_string(serve.max_body_bytes));
  serve_cmd
      ->add_option("--time-limit-ms", time_limit_ms, "Time limit of one check; slower ones get 503")
      ->default_str(std::to_string(time_limit_ms));
  serve_cmd->add_option("--allow-origin", serve.allow_origins,
                        "Origin a browser client may call from, or * (repeatable; CORS)");

  std::string time_date, direction = "tense", order = "mdy";
  CLI::App* time = app.add_subcommand(
      "time", "Find time expressions in text on stdin; one JSON object per line");
  time->add_option("--date", time_date, "Reference (publication) date YYYY-MM-DD")->required();
  time->add_option("--direction", direction, "past|future|tense")->default_str("tense");
  time->add_option("--numeric-order", order, "mdy|dmy")->default_str("mdy");

  ParseCommand parse;
  CLI::App* parse_cmd = app.add_subcommand(
      "parse", "Tag, lemmatise and parse text (or CoNLL-U words); print CoNLL-U");
  parse_cmd->add_option("--input", parse.input, "text|conllu")->default_str("text");
  parse_cmd->add_option("--model", parse.model, "Parse model file (default: the shipped one)");
  parse_cmd->add_option("path", parse.path, "File, or - for stdin")->default_str("-");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "factlint: " << e.what() << " (see factlint --help)\n";
    return kExitError;
  }

  check.lint.fail_on_given = check_cmd->count("--fail-on") > 0;
  check.color_given = check_cmd->count("--color") + check_cmd->count("--no-color") > 0;
  if (*check_cmd) return run_check(check);
  if (*config_cmd) return run_config(config_path, config_file, load);
  if (*claims_cmd) {
    check.claims_only = true;
    return run_check(check);
  }
  if (*kb_validate) return run_kb_validate(load);
  if (*kb_compile) return run_kb_compile(load);
  if (*kb_stats) return run_kb_stats(load, kb_format);
  if (*kb_lookup) return run_kb_lookup(load, lookup_name, kb_format);
  if (*kb_import) return run_kb_import(load, import_file, import_output, import_as_of);
  if (*kb_refresh) {
    RefreshCommand refresh{refresh_query, refresh_results, import_output,
                           import_as_of,  refresh_list,    refresh_print};
    return run_kb_refresh(load, refresh);
  }
  if (*explain_cmd) return run_explain(load, explain_rule);
  if (*init_cmd) return run_init(init_dir);
  if (*rules_list) return run_rules_list(load);
  if (*rules_test) return run_rules_test(load);
  if (*time) return run_time(time_date, direction, order);
  if (*parse_cmd) return run_parse(parse);
  if (*serve_cmd) {
    serve.time_limit = std::chrono::milliseconds(time_limit_ms);
    return run_serve(serve);
  }
  return kExitError;
}

}  // namespace factlint
