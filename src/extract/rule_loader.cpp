// Rule loading: YAML to Rule, RE2 compilation of slot patterns, check configuration.
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "check/check.h"
#include "core/text.h"
#include "core/yaml_error.h"
#include "extract/rule.h"
#include "knowledge/loader.h"
#include "read/publication_date.h"

namespace factlint {

namespace {

// The masked-sentence form of a slot's mention: ⟦index:letters⟧ (see extractor.cpp).
const char* const kOpen = "\xE2\x9F\xA6";   // ⟦
const char* const kClose = "\xE2\x9F\xA7";  // ⟧

std::string slot_regex(const std::string& type) {
  std::string letters;
  if (type == "entity") {
    for (const auto& [name, letter] : slot_types())
      if (name != "date" && name != "number" && name != "entity" && name != "weekday")
        letters += letter;
  } else {
    for (const auto& [name, letter] : slot_types())
      if (name == type) letters += letter;
  }
  return std::string(kOpen) + "[0-9]+:[a-z]*[" + letters + "][a-z]*" + kClose;
}

// A pattern as quoted in a message: one line, at most 120 bytes (a generated pattern may be
// megabytes long).
std::string shortened(const std::string& source) {
  constexpr std::size_t kShown = 120;
  if (source.size() <= kShown) return source;
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(source[cut]) & 0xC0) == 0x80) --cut;
  return source.substr(0, cut) + "... (" + std::to_string(source.size()) + " bytes)";
}

class RuleParser {
 public:
  RuleParser(std::string path, Diagnostics& diags) : path_(std::move(path)), diags_(diags) {}

  std::vector<Rule> parse(const std::string& text) {
    std::vector<Rule> out;
    YAML::Node root;
    try {
      root = YAML::Load(text);
    } catch (const YAML::Exception& e) {
      diags_.error(at(e.mark), "YAML syntax error: " + yaml_error_text(e));
      return out;
    }
    if (!root || root.IsNull()) return out;
    if (!root.IsSequence()) {
      diags_.error(at(root.Mark()), "a rule file must be a list of rules");
      return out;
    }
    for (const YAML::Node& item : root)
      if (auto r = rule(item)) out.push_back(std::move(*r));
    return out;
  }

 private:
  SourcePosition at(const YAML::Mark& m) const {
    if (m.is_null()) return {path_, 0, 0};
    return {path_, m.line + 1, m.column + 1};
  }

  bool scalar(const YAML::Node& n, const std::string& what, std::string* out) {
    if (!n.IsScalar()) {
      diags_.error(at(n.Mark()), "'" + what + "' must be a single value");
      return false;
    }
    *out = n.Scalar();
    return true;
  }

  std::optional<RulePattern> pattern(const YAML::Node& node, const CheckKind& kind) {
    RulePattern p;
    p.where = at(node.Mark());
    if (!scalar(node, "patterns", &p.source)) return std::nullopt;
    static const RE2 kSlot(R"(\{([a-z_]+)(?::([a-z_]+))?\})");
    std::string expanded;
    re2::StringPiece rest(p.source);
    re2::StringPiece whole;
    std::string type, name;
    std::set<std::string> names;
    const char* cursor = p.source.data();
    static const RE2 kSlotFind(R"((\{[a-z_]+(?::[a-z_]+)?\}))");
    while (RE2::FindAndConsume(&rest, kSlotFind, &whole)) {
      // Escaped braces are literal text, not slots.
      if (whole.data() > p.source.data() && whole.data()[-1] == '\\') continue;
      expanded.append(cursor, static_cast<std::size_t>(whole.data() - cursor));
      cursor = whole.data() + whole.size();
      type.clear();
      name.clear();
      RE2::FullMatch(whole, kSlot, &type, &name);
      if (name.empty()) name = type;
      bool known = std::any_of(slot_types().begin(), slot_types().end(),
                               [&](const auto& s) { return s.first == type; });
      if (!known) {
        std::string list;
        for (const auto& s : slot_types()) list += (list.empty() ? "" : ", ") + s.first;
        diags_.error(p.where, "unknown slot {" + std::string(whole.substr(1, whole.size() - 2)) +
                                  "} in pattern (known slots: " + list + ")");
        return std::nullopt;
      }
      // {place:_} matches a mention of the type without filling a slot, as often as it appears
      // ("on a flight from {place:_}" inside words a pattern skips).
      if (name == "_") {
        expanded += "(?:" + slot_regex(type) + ")";
        continue;
      }
      if (!names.insert(name).second) {
        diags_.error(p.where, "slot name '" + name + "' used twice; name the second one, e.g. {" +
                                  type + ":" + name + "_2}");
        return std::nullopt;
      }
      expanded += "(?P<" + name + ">" + slot_regex(type) + ")";
      p.slot_names.push_back(name);
      p.slot_types.push_back(type);
    }
    expanded.append(cursor, static_cast<std::size_t>(p.source.data() + p.source.size() - cursor));
    for (const std::string& required : kind.required_slots()) {
      if (!names.count(required)) {
        diags_.error(p.where,
                     "a " + std::string(kind.name()) + " pattern needs a {" + required + "} slot");
        return std::nullopt;
      }
    }
    RE2::Options options;
    options.set_log_errors(false);
    // RE2 matches in linear time whatever the pattern; its memory budget (max_mem, 8 MB by
    // default) bounds the compiled program, and a pattern past it is refused here.
    auto re = std::make_shared<RE2>(expanded, options);
    if (re->error_code() == RE2::ErrorPatternTooLarge) {
      diags_.error(p.where, "pattern too large: it compiles past RE2's memory budget of " +
                                std::to_string(options.max_mem() >> 20) +
                                " MB (a large {n} repeat or many slots?); split it into "
                                "several patterns (in '" +
                                shortened(p.source) + "')");
      return std::nullopt;
    }
    if (!re->ok()) {
      diags_.error(p.where, "bad pattern: " + re->error() + " (in '" + shortened(p.source) + "')");
      return std::nullopt;
    }
    // A slot inside a [...] class compiles as characters, not a group: the extractor would
    // then index a group that does not exist.
    const std::map<std::string, int>& groups = re->NamedCapturingGroups();
    for (const std::string& slot : p.slot_names) {
      if (!groups.count(slot)) {
        diags_.error(p.where, "slot {" + slot +
                                  "} is swallowed by the pattern around it (a '[' "
                                  "before it?) in '" +
                                  shortened(p.source) + "'");
        return std::nullopt;
      }
    }
    p.re = std::move(re);
    return p;
  }

  std::optional<std::vector<std::string>> word_list(const YAML::Node& node,
                                                    const std::string& what) {
    std::vector<std::string> out;
    if (node.IsScalar()) {
      out.push_back(node.Scalar());
      return out;
    }
    if (!node.IsSequence()) {
      diags_.error(at(node.Mark()), "'" + what + "' must be a word or a list of words");
      return std::nullopt;
    }
    for (const YAML::Node& item : node) {
      std::string v;
      if (!scalar(item, what, &v)) return std::nullopt;
      out.push_back(v);
    }
    return out;
  }

  // {lemma: [...], upos: [...]}: lemmas are compared in lower case.
  std::optional<WordTest> word_test(const YAML::Node& node, const std::string& what,
                                    const std::set<std::string>& other_keys) {
    WordTest test;
    if (!node.IsMap()) {
      diags_.error(at(node.Mark()), "'" + what + "' must be a mapping (lemma:, upos:)");
      return std::nullopt;
    }
    for (auto kv : node) {
      const std::string key = kv.first.Scalar();
      if (other_keys.count(key)) continue;
      std::vector<std::string>* list = key == "lemma"  ? &test.lemmas
                                       : key == "upos" ? &test.upos
                                       : key == "xpos" ? &test.xpos
                                                       : nullptr;
      if (!list) {
        diags_.error(at(kv.first.Mark()),
                     "unknown key '" + key + "' in " + what + " (expected lemma, upos or xpos)");
        return std::nullopt;
      }
      auto words = word_list(kv.second, key);
      if (!words) return std::nullopt;
      for (const std::string& w : *words) list->push_back(key == "lemma" ? to_lower_ascii(w) : w);
    }
    return test;
  }

  // TimeML types a time slot may have: DATE, DURATION, TIME, SET.
  std::optional<std::vector<std::string>> time_types(const YAML::Node& node) {
    auto types = word_list(node, "time");
    if (!types) return std::nullopt;
    static const std::set<std::string> kTimeTypes = {"DATE", "DURATION", "TIME", "SET"};
    for (const std::string& t : *types) {
      if (!kTimeTypes.count(t)) {
        diags_.error(at(node.Mark()),
                     "unknown time type '" + t + "' (expected DATE, DURATION, TIME or SET)");
        return std::nullopt;
      }
    }
    return types;
  }

  std::optional<DependencyPath> dependency_path(const YAML::Node& node) {
    std::string text;
    if (!scalar(node, "path", &text)) return std::nullopt;
    std::string error;
    auto path = parse_dependency_path(text, &error);
    if (!path) diags_.error(at(node.Mark()), error);
    return path;
  }

  // A slot as a syntactic pattern names it: "{event}", "date", "{date:span}".
  bool slot_spec(const std::string& text, const YAML::Mark& mark, std::string* type,
                 std::string* name) {
    static const RE2 kSlotSpec(R"(\{?([a-z_]+)(?::([a-z_]+))?\}?)");
    type->clear();
    name->clear();
    bool known = RE2::FullMatch(text, kSlotSpec, type, name) &&
                 std::any_of(slot_types().begin(), slot_types().end(),
                             [&](const auto& s) { return s.first == *type; });
    if (!known) {
      std::string list;
      for (const auto& s : slot_types()) list += (list.empty() ? "" : ", ") + s.first;
      diags_.error(at(mark), "unknown slot '" + text + "' (known slots: " + list + ")");
      return false;
    }
    if (name->empty()) *name = *type;
    return true;
  }

  // One argument of a syntactic pattern: `date: ">nmod[in]"`, a list of paths, or
  // `{paths: ..., time: [DATE], or_lemma: [war]}` to constrain a time's type or let a word stand
  // in for the mention. `names` collects the slot names.
  std::optional<SyntaxArgument> syntax_argument(const YAML::Node& key, const YAML::Node& value,
                                                std::set<std::string>& names) {
    SyntaxArgument arg;
    if (!slot_spec(key.Scalar(), key.Mark(), &arg.type, &arg.name)) return std::nullopt;
    if (!names.insert(arg.name).second) {
      diags_.error(at(key.Mark()), "slot name '" + arg.name + "' used twice");
      return std::nullopt;
    }
    // A path, a list of paths, or {paths: ..., time: [DATE]} to constrain a time's type.
    // Never assign to a YAML::Node handle: yaml-cpp writes through it into the document.
    const YAML::Node paths = value.IsMap() ? value["paths"] : value;
    if (value.IsMap()) {
      for (auto option : value) {
        std::string option_key = option.first.Scalar();
        if (option_key != "paths" && option_key != "time" && option_key != "or_lemma") {
          diags_.error(at(option.first.Mark()), "unknown key '" + option_key + "' in argument '" +
                                                    arg.name +
                                                    "' (expected paths, time, or_lemma)");
          return std::nullopt;
        }
      }
      if (!paths) {
        diags_.error(at(value.Mark()), "argument '" + arg.name + "' needs 'paths'");
        return std::nullopt;
      }
      if (const YAML::Node& time = value["time"]) {
        auto types = time_types(time);
        if (!types) return std::nullopt;
        arg.time_types = *types;
      }
      if (const YAML::Node& lemmas = value["or_lemma"]) {
        auto words = word_list(lemmas, "or_lemma");
        if (!words) return std::nullopt;
        for (const std::string& w : *words) arg.or_lemmas.push_back(to_lower_ascii(w));
      }
    }
    std::vector<YAML::Node> items;
    if (paths.IsSequence())
      for (const YAML::Node& item : paths) items.push_back(item);
    else
      items.push_back(paths);
    for (const YAML::Node& item : items) {
      auto path = dependency_path(item);
      if (!path) return std::nullopt;
      arg.paths.push_back(std::move(*path));
    }
    return arg;
  }

  // One entry of `syntax:` (rules/README.md, "Syntactic patterns"):
  //   {trigger: "{event}", arguments: {date: [">nummod", ">nmod[in]"]}, unless: [...]}
  std::optional<SyntaxPattern> syntax_pattern(const YAML::Node& node, const CheckKind& kind) {
    SyntaxPattern p;
    p.where = at(node.Mark());
    if (!node.IsMap() || !node["trigger"] || !node["arguments"]) {
      diags_.error(p.where, "a syntactic pattern needs 'trigger' and 'arguments'");
      return std::nullopt;
    }
    for (auto kv : node) {
      std::string key = kv.first.Scalar();
      if (key != "trigger" && key != "arguments" && key != "unless" && key != "require") {
        diags_.error(at(kv.first.Mark()), "unknown key '" + key +
                                              "' in a syntactic pattern (expected trigger, "
                                              "arguments, unless, require)");
        return std::nullopt;
      }
    }
    const YAML::Node& trigger = node["trigger"];
    std::string summary;
    // "{event}", {slot: "{date:span}", time: DURATION}, or {lemma: [...], upos: [...]}.
    const YAML::Node slot = trigger.IsMap() ? trigger["slot"] : trigger;
    if (trigger.IsScalar() || (trigger.IsMap() && slot)) {
      if (!slot.IsScalar() ||
          !slot_spec(slot.Scalar(), slot.Mark(), &p.trigger_type, &p.trigger_slot))
        return std::nullopt;
      summary = "{" + p.trigger_type +
                (p.trigger_slot == p.trigger_type ? "" : ":" + p.trigger_slot) + "}";
      for (auto kv : trigger.IsMap() ? trigger : YAML::Node()) {
        std::string key = kv.first.Scalar();
        if (key == "slot") continue;
        if (key != "time") {
          diags_.error(at(kv.first.Mark()),
                       "unknown key '" + key + "' in a slot trigger (expected slot, time)");
          return std::nullopt;
        }
        auto types = time_types(kv.second);
        if (!types) return std::nullopt;
        p.trigger_time_types = *types;
      }
    } else {
      auto test = word_test(trigger, "trigger", {});
      if (!test) return std::nullopt;
      p.trigger_word = *test;
      for (const std::string& lemma : p.trigger_word.lemmas)
        summary += (summary.empty() ? "[" : "|") + lemma;
      summary = summary.empty() ? "[any word]" : summary + "]";
    }
    const YAML::Node& arguments = node["arguments"];
    if (!arguments.IsMap() || arguments.size() == 0) {
      diags_.error(at(arguments.Mark()),
                   "'arguments' must map slots to dependency paths, e.g. date: \">nmod[in]\"");
      return std::nullopt;
    }
    std::set<std::string> names = {p.trigger_slot};
    for (auto kv : arguments) {
      auto arg = syntax_argument(kv.first, kv.second, names);
      if (!arg) return std::nullopt;
      summary += " " + arg->name + ":";
      for (const DependencyPath& path : arg->paths)
        summary += (&path == &arg->paths.front() ? " " : " | ") + path.source;
      p.arguments.push_back(std::move(*arg));
    }
    for (const char* key : {"unless", "require"}) {
      const YAML::Node& list = node[key];
      if (!list) continue;
      if (!list.IsSequence()) {
        diags_.error(at(list.Mark()),
                     std::string("'") + key + "' must be a list of {path:, lemma:, upos:, xpos:}");
        return std::nullopt;
      }
      for (const YAML::Node& item : list) {
        if (!item.IsMap() || !item["path"]) {
          diags_.error(at(item.Mark()), std::string("an '") + key + "' entry needs a 'path'");
          return std::nullopt;
        }
        WordCondition condition;
        const YAML::Node paths = item["path"];
        for (std::size_t i = 0; i < (paths.IsSequence() ? paths.size() : 1); ++i) {
          auto path = dependency_path(paths.IsSequence() ? paths[i] : paths);
          if (!path) return std::nullopt;
          condition.paths.push_back(std::move(*path));
        }
        auto test = word_test(item, key, {"path"});
        if (!test) return std::nullopt;
        condition.word = std::move(*test);
        (std::string(key) == "unless" ? p.vetoes : p.requirements).push_back(std::move(condition));
      }
    }
    for (const std::string& required : kind.required_slots()) {
      if (!names.count(required)) {
        diags_.error(p.where, "a " + std::string(kind.name()) + " syntactic pattern needs a '" +
                                  required + "' slot");
        return std::nullopt;
      }
    }
    p.source = summary;
    return p;
  }

  std::optional<RuleExample> example(const YAML::Node& node) {
    RuleExample ex;
    ex.where = at(node.Mark());
    if (!node.IsMap() || !node["text"] || !node["expect"]) {
      diags_.error(ex.where, "an example needs 'text' and 'expect' (flag or pass)");
      return std::nullopt;
    }
    if (!scalar(node["text"], "text", &ex.text)) return std::nullopt;
    std::string expect;
    if (!scalar(node["expect"], "expect", &expect)) return std::nullopt;
    if (expect != "flag" && expect != "pass") {
      diags_.error(at(node["expect"].Mark()),
                   "'expect' must be flag or pass, not '" + expect + "'");
      return std::nullopt;
    }
    ex.expect_flag = expect == "flag";
    if (node["date"]) {
      std::string d;
      if (!scalar(node["date"], "date", &d)) return std::nullopt;
      ex.date = parse_iso_day_prefix(d);
      if (!ex.date || d.size() != 10) {
        diags_.error(at(node["date"].Mark()), "malformed date '" + d + "' (expected YYYY-MM-DD)");
        return std::nullopt;
      }
    }
    for (auto kv : node) {
      std::string key = kv.first.Scalar();
      if (key != "text" && key != "expect" && key != "date")
        diags_.error(at(kv.first.Mark()), "unknown example key '" + key + "'");
    }
    return ex;
  }

  std::optional<Rule> rule(const YAML::Node& node) {
    static const RE2 kIdShape("[a-z0-9]+(-[a-z0-9]+)*");
    static const std::set<std::string> kKeys = {"id",       "kind",  "severity", "description",
                                                "patterns", "check", "message",  "examples",
                                                "report",   "syntax"};
    Rule r;
    r.where = at(node.Mark());
    if (!node.IsMap()) {
      diags_.error(r.where, "each rule must be a mapping");
      return std::nullopt;
    }
    std::map<std::string, SourcePosition> seen;
    for (auto kv : node) {
      if (!kKeys.count(kv.first.Scalar())) {
        diags_.error(at(kv.first.Mark()), "unknown rule key '" + kv.first.Scalar() + "'");
        return std::nullopt;
      }
      // yaml-cpp keeps the last of repeated keys; a repeat is almost always a lost "- id:" line
      // that merged two rules into one.
      auto [first, fresh] = seen.emplace(kv.first.Scalar(), at(kv.first.Mark()));
      if (!fresh) {
        diags_.error(at(kv.first.Mark()),
                     "duplicate rule key '" + kv.first.Scalar() + "' (first at line " +
                         std::to_string(first->second.line) + "; is a '- id:' line missing?)");
        return std::nullopt;
      }
    }
    for (const char* key : {"id", "kind", "message"}) {
      if (!node[key]) {
        diags_.error(r.where, std::string("rule needs '") + key + "'");
        return std::nullopt;
      }
    }
    if (!node["patterns"] && !node["syntax"]) {
      diags_.error(r.where, "rule needs 'patterns' or 'syntax'");
      return std::nullopt;
    }
    if (!scalar(node["id"], "id", &r.id)) return std::nullopt;
    r.where = at(node["id"].Mark());
    if (!RE2::FullMatch(r.id, kIdShape)) {
      diags_.error(r.where, "rule id '" + r.id + "' is not a slug");
      return std::nullopt;
    }
    if (!scalar(node["kind"], "kind", &r.kind)) return std::nullopt;
    const CheckKind* kind = find_check_kind(r.kind);
    if (!kind) {
      std::string list;
      for (const CheckKind* k : check_kinds())
        list += (list.empty() ? "" : ", ") + std::string(k->name());
      diags_.error(at(node["kind"].Mark()),
                   "unknown check kind '" + r.kind + "' (known: " + list + ")");
      return std::nullopt;
    }
    if (node["severity"]) {
      std::string s;
      if (!scalar(node["severity"], "severity", &s)) return std::nullopt;
      auto sev = parse_severity(s);
      if (!sev) {
        diags_.error(at(node["severity"].Mark()),
                     "unknown severity '" + s + "' (expected error, warning or info)");
        return std::nullopt;
      }
      r.severity = *sev;
    }
    if (node["description"] && !scalar(node["description"], "description", &r.description))
      return std::nullopt;
    if (!scalar(node["message"], "message", &r.message)) return std::nullopt;
    r.report_slot = kind->default_report_slot();
    if (node["report"] && !scalar(node["report"], "report", &r.report_slot)) return std::nullopt;

    const YAML::Node& patterns = node["patterns"];
    if (patterns && (!patterns.IsSequence() || patterns.size() == 0)) {
      diags_.error(at(patterns.Mark()), "'patterns' must be a non-empty list");
      return std::nullopt;
    }
    for (std::size_t i = 0; patterns && i < patterns.size(); ++i) {
      auto compiled = pattern(patterns[i], *kind);
      if (!compiled) return std::nullopt;
      // `report: match` points at the whole matched text ("became a full member of BRICS"),
      // `report: slots` at the words from the first slot to the last.
      if (r.report_slot != "match" && r.report_slot != "slots" &&
          std::find(compiled->slot_names.begin(), compiled->slot_names.end(), r.report_slot) ==
              compiled->slot_names.end()) {
        diags_.error(compiled->where,
                     "pattern has no {" + r.report_slot + "} slot for the finding to point at");
        return std::nullopt;
      }
      r.patterns.push_back(std::move(*compiled));
    }
    if (const YAML::Node& syntax = node["syntax"]) {
      if (!syntax.IsSequence() || syntax.size() == 0) {
        diags_.error(at(syntax.Mark()), "'syntax' must be a non-empty list of patterns");
        return std::nullopt;
      }
      for (const YAML::Node& p : syntax) {
        auto compiled = syntax_pattern(p, *kind);
        if (!compiled) return std::nullopt;
        std::vector<std::string> slots = compiled->slot_names();
        if (r.report_slot != "match" && r.report_slot != "slots" &&
            std::find(slots.begin(), slots.end(), r.report_slot) == slots.end()) {
          diags_.error(compiled->where, "syntactic pattern has no '" + r.report_slot +
                                            "' slot for the finding to point at");
          return std::nullopt;
        }
        r.syntax_patterns.push_back(std::move(*compiled));
      }
    }

    CheckOptions options;
    if (node["check"]) {
      const YAML::Node& check = node["check"];
      if (!check.IsMap()) {
        diags_.error(at(check.Mark()), "'check' must be a mapping of options");
        return std::nullopt;
      }
      for (auto kv : check) {
        std::string v;
        if (!scalar(kv.second, kv.first.Scalar(), &v)) return std::nullopt;
        options[kv.first.Scalar()] = v;
      }
    }
    std::string error;
    r.check = kind->configure(options, r.message, &error);
    if (!r.check) {
      diags_.error(node["check"] ? at(node["check"].Mark()) : r.where, error);
      return std::nullopt;
    }
    if (node["examples"]) {
      if (!node["examples"].IsSequence()) {
        diags_.error(at(node["examples"].Mark()), "'examples' must be a list");
        return std::nullopt;
      }
      for (const YAML::Node& e : node["examples"]) {
        auto ex = example(e);
        if (!ex) return std::nullopt;
        r.examples.push_back(std::move(*ex));
      }
    }
    if (r.examples.empty())
      diags_.warning(r.where,
                     "rule '" + r.id + "' has no examples; `factlint rules test` cannot test it");
    return r;
  }

  std::string path_;
  Diagnostics& diags_;
};

}  // namespace

const std::vector<std::pair<std::string, char>>& slot_types() {
  static const std::vector<std::pair<std::string, char>> kTypes = {
      {"event", 'e'}, {"person", 'p'}, {"office", 'o'}, {"country", 'c'}, {"organization", 'g'},
      {"place", 'l'}, {"entity", '*'}, {"date", 'd'},   {"number", 'n'},  {"weekday", 'w'}};
  return kTypes;
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view name) {
  for (Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo})
    if (name == severity_name(s)) return s;
  return std::nullopt;
}

const Rule* RuleSet::find(std::string_view id) const {
  for (const Rule& r : rules)
    if (r.id == id) return &r;
  return nullptr;
}

RuleSet load_rules(const std::vector<std::string>& paths, Diagnostics& diags) {
  RuleSet set;
  for (const std::string& path : paths) {
    for (const std::string& file : collect_yaml_files(path, diags)) {
      std::ifstream in(file, std::ios::binary);
      if (!in) {
        diags.error({file, 0, 0}, "cannot read rule file");
        continue;
      }
      std::ostringstream buf;
      buf << in.rdbuf();
      for (Rule& r : RuleParser(file, diags).parse(buf.str())) {
        auto it = std::find_if(set.rules.begin(), set.rules.end(),
                               [&](const Rule& x) { return x.id == r.id; });
        if (it != set.rules.end())
          *it = std::move(r);
        else
          set.rules.push_back(std::move(r));
      }
    }
  }
  return set;
}

}  // namespace factlint
