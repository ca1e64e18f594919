// Lint: inputs -> configuration per file -> parallel check -> suppressions -> baseline.
#include "cli/lint.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <thread>

#include "cli/commands.h"
#include "config/config.h"
#include "config/inputs.h"
#include "read/readers.h"
#include "suppress/baseline.h"
#include "suppress/suppressions.h"

namespace factlint {

namespace fs = std::filesystem;

namespace {

struct Input {
  std::string path;         // as read ("-" for stdin)
  std::string name;         // as reported
  std::string walk_root;    // the folder it was found in; empty when named on the command line
  std::string config_file;  // empty: none
  std::string profile;      // the config file and the overrides entries that match
  std::string problem;      // why it cannot be read ("cannot read: Permission denied"), if so
  bool folder = false;      // an unreadable folder met on a walk
};

// One configuration's way of checking: its checker and options, shared by its files.
struct Profile {
  Config config;
  std::unique_ptr<Checker> checker;
  RunOptions run;
  std::optional<Severity> fail_on;
};

std::string first_error(const Diagnostics& diags) {
  std::string message = diags.first_error().str();
  if (diags.error_count() > 1)
    message += " (and " + std::to_string(diags.error_count() - 1) + " more errors)";
  return message;
}

int rank(Severity s) {
  return s == Severity::kError ? 3 : s == Severity::kWarning ? 2 : 1;
}

// On failure, `*bytes` holds the reason ("Permission denied"). Read with POSIX calls, since a
// stream reports a read error (EIO from /proc/self/mem, a failing disk) as an early end of file
// and the file would pass as empty.
bool read_bytes(const std::string& path, std::string* bytes) {
  if (path == "-") {
    *bytes = std::string(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *bytes = std::strerror(errno);
    return false;
  }
  bytes->clear();
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) {
      bytes->append(buf, static_cast<std::size_t>(n));
    } else if (n == 0) {
      break;
    } else if (errno != EINTR) {
      *bytes = std::strerror(errno);
      close(fd);
      return false;
    }
  }
  close(fd);
  return true;
}

// Findings that no rule file defines are configured like rules: off, or a severity of their own.
void apply_builtin_settings(FileReport& report, const Config& config) {
  const std::vector<std::string>& builtin = builtin_rule_ids();
  std::vector<Finding> kept;
  for (Finding& f : report.findings) {
    bool is_builtin = std::find(builtin.begin(), builtin.end(), f.rule) != builtin.end();
    auto it = is_builtin ? config.rules.value.find(f.rule) : config.rules.value.end();
    if (it != config.rules.value.end()) {
      if (!it->second.enabled) continue;
      if (it->second.severity) f.severity = *it->second.severity;
    }
    kept.push_back(std::move(f));
  }
  report.findings = std::move(kept);
}

bool selected(const Input& in, const Config& config, const LintOptions& options) {
  std::string from_config = relative_to(in.path, config.base.empty() ? "." : config.base);
  std::string from_root = relative_to(in.path, in.walk_root.empty() ? "." : in.walk_root);
  if (any_glob_matches(config.exclude.value, from_config)) return false;
  if (any_glob_matches(options.excludes, from_root)) return false;
  if (in.walk_root.empty() || in.folder) return true;  // named, or its files are unknown
  if (!options.globs.empty()) return any_glob_matches(options.globs, from_root);
  if (!config.include.value.empty()) return any_glob_matches(config.include.value, from_config);
  return is_article_extension(in.path);
}

class ProgressLine {
 public:
  explicit ProgressLine(std::size_t total)
      : total_(total),
        enabled_(isatty(STDERR_FILENO) != 0 && total > 1),
        start_(std::chrono::steady_clock::now()) {}

  void show(std::size_t done) const {
    if (!enabled_) return;
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    std::fprintf(stderr, "\rfactlint: %zu/%zu files, %.1f files/s", done, total_, rate);
    std::fflush(stderr);
  }
  void finish() const {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }
  bool enabled() const { return enabled_; }

 private:
  std::size_t total_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

std::string join_paths(const std::vector<std::string>& paths) {
  std::string out;
  for (const std::string& p : paths) out += (out.empty() ? "" : ", ") + p;
  return out;
}

std::string article_extensions_text() {
  return ".md, .markdown, .mdx, .txt, .text, .html, .htm, .xhtml, .ninjs files";
}

struct Slot {
  std::optional<FileReport> report;
  std::string warning;         // the file was skipped
  std::string error;           // the file cannot be read; the others go on (exit 2 at the end)
  std::string internal_error;  // checking this file failed; the others go on (exit 2 at the end)
};

// A bug met while checking one file is reported for that file; the run goes on.
template <typename Work>
void isolate(const std::string& name, Slot& slot, Work&& work) {
  try {
    work();
  } catch (const std::exception& e) {
    slot.internal_error = e.what();
  } catch (...) {
    slot.internal_error = "unknown exception";
  }
  if (slot.internal_error.empty()) return;
  slot.report.emplace();
  slot.report->path = name;
  slot.report->notes.push_back("internal error: " + slot.internal_error + "; file not checked");
}

}  // namespace

std::optional<std::string> run_lint(const CheckCommand& cmd, const RunOptions& run,
                                    LintResult& result) {
  const LintOptions& options = cmd.lint;
  if (!options.config.empty() && !fs::is_regular_file(options.config))
    return options.config + ": no such configuration file";

  // Inputs, in command-line order; folders walked in sorted order.
  std::vector<Input> inputs;
  std::map<std::string, std::size_t> seen;  // absolute path -> index in inputs
  // A path that cannot be read (missing, a symlink loop, no permission) is reported for itself
  // at the end (exit 2); the other files are checked as usual.
  for (const std::string& path : cmd.paths) {
    std::error_code ec, status_error;
    fs::file_status status = path == "-" ? fs::file_status() : fs::status(path, status_error);
    if (path == "-") {
      std::string name = cmd.stdin_filename.empty() ? "-" : cmd.stdin_filename;
      inputs.push_back({path, name, "", "", "", ""});
    } else if (fs::is_directory(status)) {
      WalkResult walk = walk_directory(path);
      for (std::string& file : walk.files)
        if (seen.emplace(fs::absolute(file, ec).lexically_normal().string(), inputs.size()).second)
          inputs.push_back({file, file, path, "", "", ""});
      for (UnreadablePath& bad : walk.unreadable)
        if (seen.emplace(fs::absolute(bad.path, ec).lexically_normal().string(), inputs.size())
                .second)
          inputs.push_back({bad.path, bad.path, path, "", "",
                            (bad.folder ? "cannot read folder: " : "cannot read: ") + bad.reason,
                            bad.folder});
    } else if (fs::exists(status)) {
      auto [it, added] =
          seen.emplace(fs::absolute(path, ec).lexically_normal().string(), inputs.size());
      if (added)
        inputs.push_back({path, path, "", "", "", ""});
      else
        inputs[it->second].walk_root.clear();  // also named: checked whatever its extension
    } else if (seen.emplace(fs::absolute(path, ec).lexically_normal().string(), inputs.size())
                   .second) {
      bool missing = !status_error || status_error == std::errc::no_such_file_or_directory;
      inputs.push_back(
          {path, path, "", "", "",
           missing ? "no such file or directory" : "cannot read: " + status_error.message()});
    }
  }

  // The configuration of each input: --config, else the nearest .factlint.yaml.
  ConfigOverrides overrides;
  overrides.knowledge = cmd.load.knowledge;
  overrides.rule_paths = cmd.load.rules;
  if (cmd.load.no_default_knowledge) overrides.no_default_knowledge = true;
  if (cmd.load.no_default_rules) overrides.no_default_rules = true;
  if (options.fail_on_given) overrides.fail_on = cmd.fail_on;
  std::map<std::string, std::optional<std::string>> config_of_folder;
  std::map<std::string, Config> base_configs;  // by config file ("" for none)
  std::map<std::string, Profile> profiles;     // by config file and matching overrides
  std::map<std::string, std::shared_ptr<const KnowledgeBase>> kb_cache;
  std::map<std::string, std::shared_ptr<const RuleSet>> rules_cache;
  std::vector<Input> chosen;
  for (Input& in : inputs) {
    std::optional<std::string> file;
    if (!options.config.empty()) {
      file = options.config;
    } else {
      std::string from =
          in.path == "-" ? (cmd.stdin_filename.empty() ? "." : cmd.stdin_filename) : in.path;
      std::string folder = fs::absolute(from).parent_path().string();
      auto cached = config_of_folder.find(folder);
      if (cached == config_of_folder.end())
        cached = config_of_folder.emplace(folder, find_config_file(from)).first;
      file = cached->second;
    }
    in.config_file = file.value_or("");
    auto base = base_configs.find(in.config_file);
    if (base == base_configs.end()) {
      Diagnostics diags;
      Config config = load_config(file, overrides, diags);
      if (diags.has_errors()) return first_error(diags);
      base = base_configs.emplace(in.config_file, std::move(config)).first;
    }
    // Files that match other `overrides` entries of the same config check with other rules.
    std::vector<std::size_t> matched = matching_overrides(base->second, in.path);
    for (std::size_t i : matched) in.profile += "#" + std::to_string(i);
    in.profile = in.config_file + in.profile;
    auto it = profiles.find(in.profile);
    if (it == profiles.end()) {
      Diagnostics diags;
      Profile p;
      p.config = with_overrides(base->second, matched);
      LoadOptions load{p.config.knowledge.value, !p.config.default_knowledge.value,
                       p.config.rule_paths.value, !p.config.default_rules.value};
      load.use_cache = cmd.load.use_cache;
      // Configurations that name the same knowledge and rules share one loaded copy.
      std::string kb_key = std::to_string(load.no_default_knowledge);
      for (const std::string& k : load.knowledge) kb_key += '\n' + k;
      std::string rules_key = std::to_string(load.no_default_rules);
      for (const std::string& r : load.rules) rules_key += '\n' + r;
      auto& kb = kb_cache[kb_key];
      if (!kb) kb = load_knowledge(load, diags);
      if (diags.has_errors()) return first_error(diags);
      auto& rules = rules_cache[rules_key];
      if (!rules) rules = load_rule_set(load, diags);
      if (diags.has_errors()) return first_error(diags);
      validate_rule_ids(p.config, *rules, diags);
      if (diags.has_errors()) return first_error(diags);
      p.checker = std::make_unique<Checker>(
          kb, std::make_shared<const RuleSet>(apply_rule_settings(p.config, *rules)));
      p.run = run;
      p.run.numeric_order = p.config.date_order.value;
      if (p.config.fail_on.value != "never") p.fail_on = parse_severity(p.config.fail_on.value);
      it = profiles.emplace(in.profile, std::move(p)).first;
    }
    if (selected(in, it->second.config, options)) chosen.push_back(in);
  }

  // A CI job that checks nothing must not pass: a wrong --glob or an empty folder is an error.
  if (chosen.empty())
    return "no files to check in " + join_paths(cmd.paths) +
           (options.globs.empty() ? " (looked for " + article_extensions_text() + ")"
                                  : " (no file matches --glob)");

  // Check in parallel; each worker takes the next file and fills its slot, so the output
  // order is the input order whatever the timing.
  std::vector<Slot> slots(chosen.size());
  std::string stdin_bytes;
  for (const Input& in : chosen)
    if (in.path == "-") read_bytes("-", &stdin_bytes);
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  auto check_one = [&](const Input& in, Slot& slot) {
    std::string bytes;
    if (!in.problem.empty()) {
      slot.error = in.name + ": " + in.problem;
      return;
    }
    if (in.path == "-") {
      bytes = stdin_bytes;
    } else if (!read_bytes(in.path, &bytes)) {
      slot.error = in.path + ": cannot read: " + bytes;
      return;
    }
    InputFormat format = detect_format(in.name);
    std::string reason;
    auto doc = read_document(in.name, std::move(bytes), format, &reason);
    if (!doc) {
      slot.warning = in.name + ": " + reason;
      return;
    }
    const Profile& profile = profiles.at(in.profile);
    FileReport report = profile.checker->check(std::move(*doc), profile.run);
    apply_suppressions(report, format);
    apply_builtin_settings(report, profile.config);
    slot.report = std::move(report);
  };
  auto work = [&] {
    for (std::size_t i = next++; i < chosen.size(); i = next++) {
      isolate(chosen[i].name, slots[i], [&] { check_one(chosen[i], slots[i]); });
      ++done;
    }
  };
  unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  std::size_t jobs = options.jobs > 0 ? static_cast<std::size_t>(options.jobs) : cores;
  jobs = std::max<std::size_t>(1, std::min(jobs, chosen.size()));
  ProgressLine progress(chosen.size());
  std::vector<std::thread> workers;
  for (std::size_t j = 0; j < jobs; ++j) workers.emplace_back(work);
  while (progress.enabled() && done < chosen.size()) {
    progress.show(done);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (std::thread& t : workers) t.join();
  progress.show(done);
  progress.finish();

  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (!slots[i].error.empty()) {
      std::cerr << "factlint: " << slots[i].error << "\n";
      ++result.unreadable;
      continue;
    }
    if (!slots[i].warning.empty()) std::cerr << "factlint: warning: " << slots[i].warning << "\n";
    if (!slots[i].internal_error.empty()) {
      std::cerr << "factlint: " << chosen[i].name << ": internal error: " << slots[i].internal_error
                << "\n";
      ++result.internal_errors;
    }
    if (slots[i].report) result.reports.push_back(std::move(*slots[i].report));
  }

  std::string error;
  if (!options.write_baseline.empty() &&
      !write_baseline(options.write_baseline, result.reports, &error))
    return error;
  std::map<std::string, std::string> profile_of_report;
  for (const Input& in : chosen) profile_of_report[in.name] = in.profile;
  // --baseline, else each configuration's `baseline:` for its own files. Writing a baseline
  // records everything, so none is read then.
  std::map<std::string, std::vector<std::size_t>> reports_of_baseline;
  for (std::size_t i = 0; i < result.reports.size() && options.write_baseline.empty(); ++i) {
    const Profile& profile = profiles.at(profile_of_report[result.reports[i].path]);
    std::string file = !options.baseline.empty() ? options.baseline : profile.config.baseline.value;
    if (!file.empty()) reports_of_baseline[file].push_back(i);
  }
  for (const auto& [file, indices] : reports_of_baseline) {
    auto baseline = read_baseline(file, &error);
    if (!baseline) return error;
    std::vector<FileReport> subset;
    for (std::size_t i : indices) subset.push_back(std::move(result.reports[i]));
    int known = filter_baseline(subset, *baseline);
    for (std::size_t k = 0; k < indices.size(); ++k)
      result.reports[indices[k]] = std::move(subset[k]);
    if (known > 0)
      std::cerr << "factlint: " << known << " finding" << (known == 1 ? "" : "s")
                << " already in the baseline " << file << " not reported\n";
  }

  // --max-warnings counts the warnings found, shown or not (as ESLint does with --quiet);
  // --min-severity and --quiet then hide what is below, and hidden findings never fail.
  int warnings = 0;
  for (FileReport& report : result.reports) {
    for (const Finding& f : report.findings)
      if (f.severity == Severity::kWarning) ++warnings;
    if (options.min_severity)
      report.findings.erase(std::remove_if(report.findings.begin(), report.findings.end(),
                                           [&](const Finding& f) {
                                             return rank(f.severity) < rank(*options.min_severity);
                                           }),
                            report.findings.end());
  }
  if (options.max_warnings >= 0 && warnings > options.max_warnings) {
    result.failed = true;
    result.too_many_warnings = warnings;
  }

  // Each file fails by its own configuration's fail_on (--fail-on overrides them all).
  for (const FileReport& report : result.reports) {
    const Profile& profile = profiles.at(profile_of_report[report.path]);
    if (!profile.fail_on) continue;
    for (const Finding& f : report.findings)
      if (rank(f.severity) >= rank(*profile.fail_on)) result.failed = true;
  }
  return std::nullopt;
}

int run_config(const std::string& path, const std::string& config_file, const LoadOptions& load) {
  std::optional<std::string> file =
      config_file.empty() ? find_config_file(path.empty() ? "." : path) : config_file;
  if (!config_file.empty() && !fs::is_regular_file(config_file)) {
    std::cerr << "factlint: " << config_file << ": no such configuration file\n";
    return kExitError;
  }
  ConfigOverrides overrides;
  overrides.knowledge = load.knowledge;
  overrides.rule_paths = load.rules;
  if (load.no_default_knowledge) overrides.no_default_knowledge = true;
  if (load.no_default_rules) overrides.no_default_rules = true;
  Diagnostics diags;
  Config config = load_config(file, overrides, diags);
  if (!diags.has_errors()) {
    LoadOptions rules_load{{}, true, config.rule_paths.value, !config.default_rules.value};
    auto rules = load_rule_set(rules_load, diags);
    if (!diags.has_errors()) validate_rule_ids(config, *rules, diags);
  }
  if (diags.has_errors()) {
    std::cerr << "factlint: " << first_error(diags) << "\n";
    return kExitError;
  }
  print_config(config, std::cout);
  return kExitClean;
}

}  // namespace factlint
