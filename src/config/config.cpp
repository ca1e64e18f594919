// Config: discovery, strict parsing with yaml-cpp, merging with provenance, printing.
#include "config/config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "config/inputs.h"
#include "core/yaml_error.h"
#include "engine/paths.h"

namespace factlint {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string>& known_keys() {
  static const std::vector<std::string> kKeys = {
      "knowledge", "default_knowledge", "rule_paths", "default_rules", "rules",    "fail_on",
      "include",   "exclude",           "date_order", "baseline",      "overrides"};
  return kKeys;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 3;  // further than two edits is a different word
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

class Parser {
 public:
  Parser(std::string file, Diagnostics& diags) : file_(std::move(file)), diags_(diags) {}

  SourcePosition at(const YAML::Node& node) const {
    YAML::Mark m = node.Mark();
    return {file_, m.line + 1, m.column + 1};
  }
  std::string origin(const YAML::Node& node) const {
    return file_ + ":" + std::to_string(node.Mark().line + 1);
  }

  std::optional<std::string> scalar(const std::string& key, const YAML::Node& value) {
    if (value.IsScalar()) return value.Scalar();
    diags_.error(at(value), key + ": expected a single value");
    return std::nullopt;
  }

  std::optional<bool> boolean(const std::string& key, const YAML::Node& value) {
    auto s = scalar(key, value);
    if (!s) return std::nullopt;
    if (*s == "true") return true;
    if (*s == "false") return false;
    diags_.error(at(value), key + ": expected true or false, got '" + *s + "'");
    return std::nullopt;
  }

  std::optional<std::vector<std::string>> list(const std::string& key, const YAML::Node& value) {
    if (!value.IsSequence()) {
      diags_.error(at(value), key + ": expected a list, e.g. " + key + ": [\"...\"]");
      return std::nullopt;
    }
    std::vector<std::string> items;
    for (const YAML::Node& item : value) {
      if (!item.IsScalar() || item.Scalar().empty()) {
        diags_.error(at(item), key + ": expected a non-empty string in the list");
        return std::nullopt;
      }
      items.push_back(item.Scalar());
    }
    return items;
  }

  std::optional<std::map<std::string, RuleSetting>> rules(const YAML::Node& value) {
    if (!value.IsMap()) {
      diags_.error(at(value),
                   "rules: expected a map of rule id to off, on, error, warning or info");
      return std::nullopt;
    }
    std::map<std::string, RuleSetting> out;
    for (const auto& entry : value) {
      std::string id = entry.first.Scalar();
      auto s = scalar("rules: " + id, entry.second);
      if (!s) return std::nullopt;
      RuleSetting setting;
      setting.where = at(entry.first);
      if (*s == "off" || *s == "false") {
        setting.enabled = false;
      } else if (*s == "on" || *s == "true") {
        setting.enabled = true;
      } else if (auto severity = parse_severity(*s)) {
        setting.severity = severity;
      } else {
        diags_.error(
            at(entry.second),
            "rules: " + id + ": expected off, on, error, warning or info, got '" + *s + "'");
        return std::nullopt;
      }
      out[id] = setting;
    }
    return out;
  }

  // overrides: [{files: [globs], rules: {id: setting}}], as ESLint's: later entries win.
  std::optional<std::vector<ConfigOverride>> overrides(const YAML::Node& value) {
    if (!value.IsSequence()) {
      diags_.error(at(value), "overrides: expected a list of {files: [...], rules: {...}}");
      return std::nullopt;
    }
    std::vector<ConfigOverride> out;
    for (const YAML::Node& entry : value) {
      if (!entry.IsMap() || !entry["files"] || !entry["rules"] || entry.size() != 2) {
        diags_.error(at(entry), "overrides: each entry needs exactly 'files' and 'rules'");
        return std::nullopt;
      }
      ConfigOverride o;
      o.where = at(entry);
      auto files = list("overrides: files", entry["files"]);
      auto rule_settings = rules(entry["rules"]);
      if (!files || !rule_settings) return std::nullopt;
      o.files = *files;
      o.rules = *rule_settings;
      out.push_back(std::move(o));
    }
    return out;
  }

  void error(const YAML::Node& node, const std::string& message) {
    diags_.error(at(node), message);
  }

 private:
  std::string file_;
  Diagnostics& diags_;
};

// Paths in a config file are relative to the folder it is in.
std::string resolve(const std::string& base, const std::string& path) {
  fs::path p(path);
  if (p.is_absolute() || base.empty()) return p.lexically_normal().string();
  return (fs::path(base) / p).lexically_normal().string();
}

void read_file_into(const std::string& file, Config& c, Diagnostics& diags) {
  YAML::Node root;
  try {
    root = YAML::LoadFile(file);
  } catch (const YAML::ParserException& e) {
    diags.error({file, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + yaml_error_text(e));
    return;
  } catch (const YAML::Exception& e) {
    diags.error({file, 0, 0}, std::string("cannot read: ") + e.what());
    return;
  }
  c.file = file;
  c.base = fs::path(file).parent_path().string();
  if (root.IsNull()) return;  // an empty file: all defaults
  Parser p(file, diags);
  if (!root.IsMap()) {
    p.error(root, "expected a map of settings (knowledge, rules, fail_on, ...)");
    return;
  }
  std::set<std::string> seen;
  for (const auto& entry : root) {
    const YAML::Node& key_node = entry.first;
    const YAML::Node& value = entry.second;
    std::string key = key_node.Scalar();
    // YAML leaves a repeated key to the reader; one of two settings silently winning hides a typo.
    if (!seen.insert(key).second) {
      p.error(key_node, "duplicate key '" + key + "'");
      continue;
    }
    std::string origin = p.origin(key_node);
    if (key == "knowledge" || key == "rule_paths") {
      if (auto items = p.list(key, value)) {
        auto& setting = key == "knowledge" ? c.knowledge : c.rule_paths;
        for (std::string& item : *items) item = display_path(resolve(c.base, item));
        setting = {*items, origin};
      }
    } else if (key == "default_knowledge" || key == "default_rules") {
      if (auto b = p.boolean(key, value))
        (key == "default_knowledge" ? c.default_knowledge : c.default_rules) = {*b, origin};
    } else if (key == "rules") {
      if (auto r = p.rules(value)) c.rules = {*r, origin};
    } else if (key == "fail_on") {
      if (auto s = p.scalar(key, value)) {
        if (*s == "never" || parse_severity(*s))
          c.fail_on = {*s, origin};
        else
          p.error(value, "fail_on: expected error, warning, info or never, got '" + *s + "'");
      }
    } else if (key == "include" || key == "exclude") {
      if (auto items = p.list(key, value))
        (key == "include" ? c.include : c.exclude) = {*items, origin};
    } else if (key == "date_order") {
      if (auto s = p.scalar(key, value)) {
        if (*s == "mdy")
          c.date_order = {NumericDateOrder::kMonthDayYear, origin};
        else if (*s == "dmy")
          c.date_order = {NumericDateOrder::kDayMonthYear, origin};
        else
          p.error(value, "date_order: expected mdy or dmy, got '" + *s + "'");
      }
    } else if (key == "baseline") {
      if (auto s = p.scalar(key, value)) c.baseline = {display_path(resolve(c.base, *s)), origin};
    } else if (key == "overrides") {
      if (auto o = p.overrides(value)) c.overrides = {*o, origin};
    } else {
      p.error(key_node, "unknown key '" + key + "'" + did_you_mean(key, known_keys()));
    }
  }
}

void print_list(std::ostream& out, const char* key, const Setting<std::vector<std::string>>& s) {
  out << key << ":";
  if (s.value.empty()) out << " []";
  out << "  # " << s.origin << "\n";
  for (const std::string& item : s.value) out << "  - \"" << item << "\"\n";
}

}  // namespace

const std::vector<std::string>& builtin_rule_ids() {
  static const std::vector<std::string> kIds = {"internal-consistency", "internal-order",
                                                "suppression-without-reason", "unused-suppression"};
  return kIds;
}

std::optional<std::string> find_config_file(const std::string& path) {
  std::error_code ec;
  fs::path dir = fs::absolute(path, ec);
  if (ec) return std::nullopt;
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  for (;;) {
    fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, ec))
      return display_path(candidate.lexically_normal().string());
    if (!dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

Config load_config(const std::optional<std::string>& file, const ConfigOverrides& overrides,
                   Diagnostics& diags) {
  Config c;
  if (file) read_file_into(*file, c, diags);
  if (!overrides.knowledge.empty()) {
    c.knowledge.value.insert(c.knowledge.value.end(), overrides.knowledge.begin(),
                             overrides.knowledge.end());
    c.knowledge.origin =
        c.knowledge.origin == "default" ? "--knowledge" : c.knowledge.origin + " + --knowledge";
  }
  if (!overrides.rule_paths.empty()) {
    c.rule_paths.value.insert(c.rule_paths.value.end(), overrides.rule_paths.begin(),
                              overrides.rule_paths.end());
    c.rule_paths.origin =
        c.rule_paths.origin == "default" ? "--rules" : c.rule_paths.origin + " + --rules";
  }
  if (overrides.no_default_knowledge) c.default_knowledge = {false, "--no-default-knowledge"};
  if (overrides.no_default_rules) c.default_rules = {false, "--no-default-rules"};
  if (overrides.fail_on) c.fail_on = {*overrides.fail_on, "--fail-on"};
  return c;
}

void validate_rule_ids(const Config& config, const RuleSet& rules, Diagnostics& diags) {
  std::vector<std::string> ids = builtin_rule_ids();
  for (const Rule& r : rules.rules) ids.push_back(r.id);
  auto check = [&](const std::map<std::string, RuleSetting>& settings) {
    for (const auto& [id, setting] : settings)
      if (std::find(ids.begin(), ids.end(), id) == ids.end())
        diags.error(setting.where, "rules: unknown rule '" + id + "'" + did_you_mean(id, ids));
  };
  check(config.rules.value);
  for (const ConfigOverride& o : config.overrides.value) check(o.rules);
}

std::vector<std::size_t> matching_overrides(const Config& config, const std::string& path) {
  std::vector<std::size_t> matched;
  std::string rel = relative_to(path, config.base.empty() ? "." : config.base);
  for (std::size_t i = 0; i < config.overrides.value.size(); ++i)
    if (any_glob_matches(config.overrides.value[i].files, rel)) matched.push_back(i);
  return matched;
}

Config with_overrides(const Config& config, const std::vector<std::size_t>& matched) {
  Config out = config;
  for (std::size_t i : matched)
    for (const auto& [id, setting] : config.overrides.value[i].rules) out.rules.value[id] = setting;
  return out;
}

RuleSet apply_rule_settings(const Config& config, const RuleSet& rules) {
  RuleSet out;
  for (const Rule& rule : rules.rules) {
    auto it = config.rules.value.find(rule.id);
    if (it == config.rules.value.end()) {
      out.rules.push_back(rule);
      continue;
    }
    if (!it->second.enabled) continue;
    Rule copy = rule;
    if (it->second.severity) copy.severity = *it->second.severity;
    out.rules.push_back(std::move(copy));
  }
  return out;
}

void print_config(const Config& c, std::ostream& out) {
  out << "# factlint configuration: "
      << (c.file.empty() ? "no " + std::string(kConfigFileName) + " found, defaults" : c.file)
      << "\n";
  print_list(out, "knowledge", c.knowledge);
  out << "default_knowledge: " << (c.default_knowledge.value ? "true" : "false") << "  # "
      << c.default_knowledge.origin << "\n";
  print_list(out, "rule_paths", c.rule_paths);
  out << "default_rules: " << (c.default_rules.value ? "true" : "false") << "  # "
      << c.default_rules.origin << "\n";
  out << "rules:" << (c.rules.value.empty() ? " {}" : "") << "  # " << c.rules.origin << "\n";
  for (const auto& [id, s] : c.rules.value)
    out << "  " << id << ": "
        << (!s.enabled   ? "off"
            : s.severity ? severity_name(*s.severity)
                         : "on")
        << "  # " << s.where.file << ":" << s.where.line << "\n";
  out << "fail_on: " << c.fail_on.value << "  # " << c.fail_on.origin << "\n";
  print_list(out, "include", c.include);
  print_list(out, "exclude", c.exclude);
  out << "date_order: " << (c.date_order.value == NumericDateOrder::kDayMonthYear ? "dmy" : "mdy")
      << "  # " << c.date_order.origin << "\n";
  if (!c.baseline.value.empty())
    out << "baseline: \"" << c.baseline.value << "\"  # " << c.baseline.origin << "\n";
  if (!c.overrides.value.empty()) out << "overrides:  # " << c.overrides.origin << "\n";
  for (const ConfigOverride& o : c.overrides.value) {
    out << "  - files: [";
    for (std::size_t i = 0; i < o.files.size(); ++i)
      out << (i ? ", " : "") << "\"" << o.files[i] << "\"";
    out << "]  # " << o.where.file << ":" << o.where.line << "\n    rules:\n";
    for (const auto& [id, rs] : o.rules)
      out << "      " << id << ": "
          << (!rs.enabled   ? "off"
              : rs.severity ? severity_name(*rs.severity)
                            : "on")
          << "\n";
  }
}

}  // namespace factlint
