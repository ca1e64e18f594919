// Syntactic patterns: path parsing and matching over one parsed sentence.
#include "extract/syntax_pattern.h"

#include <re2/re2.h>

#include <algorithm>

#include "core/text.h"

namespace factlint {

namespace {

bool in_list(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// "nmod" matches "nmod" and its subtypes ("nmod:poss"); "nmod:poss" only itself; "*" anything.
bool relation_matches(const std::vector<std::string>& wanted, const std::string& deprel) {
  if (wanted.empty()) return true;
  for (const std::string& r : wanted) {
    if (r == deprel) return true;
    if (r.find(':') == std::string::npos && deprel.size() > r.size() &&
        deprel.compare(0, r.size(), r) == 0 && deprel[r.size()] == ':')
      return true;
  }
  return false;
}

// The sentence's tree as child lists (0-based word indices).
std::vector<std::vector<std::size_t>> children_of(const ParsedSentence& s) {
  std::vector<std::vector<std::size_t>> kids(s.words.size());
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    int h = s.words[i].head;
    if (h > 0 && static_cast<std::size_t>(h) <= s.words.size())
      kids[static_cast<std::size_t>(h - 1)].push_back(i);
  }
  return kids;
}

bool has_case_word(const ParsedSentence& s, const std::vector<std::vector<std::size_t>>& kids,
                   std::size_t word, const std::vector<std::string>& case_words) {
  if (case_words.empty()) return true;
  for (std::size_t k : kids[word])
    if (relation_matches({"case", "mark"}, s.words[k].deprel) &&
        in_list(case_words, to_lower_ascii(s.words[k].form)))
      return true;
  return false;
}

// The words a path reaches from `start`, each with the words walked on the way (start first).
std::vector<std::vector<std::size_t>> walk_path(const DependencyPath& path, const ParsedSentence& s,
                                                const std::vector<std::vector<std::size_t>>& kids,
                                                std::size_t start) {
  std::vector<std::vector<std::size_t>> frontier = {{start}};
  for (const PathStep& step : path.steps) {
    std::vector<std::vector<std::size_t>> next;
    for (const std::vector<std::size_t>& trail : frontier) {
      std::size_t at = trail.back();
      std::vector<std::size_t> reached;
      if (step.down) {
        for (std::size_t k : kids[at])
          if (relation_matches(step.relations, s.words[k].deprel)) reached.push_back(k);
      } else if (s.words[at].head > 0 && relation_matches(step.relations, s.words[at].deprel)) {
        reached.push_back(static_cast<std::size_t>(s.words[at].head - 1));
      }
      for (std::size_t r : reached) {
        if (!has_case_word(s, kids, r, step.case_words)) continue;
        if ((step.order > 0 && r < at) || (step.order < 0 && r > at)) continue;
        if (std::find(trail.begin(), trail.end(), r) != trail.end()) continue;
        std::vector<std::size_t> longer = trail;
        longer.push_back(r);
        next.push_back(std::move(longer));
      }
    }
    frontier = std::move(next);
    if (frontier.empty()) break;
  }
  return frontier;
}

bool word_in_mention(const Word& w, const Mention& m) {
  return w.begin >= m.begin && w.end <= m.end;
}

// The mention holding a word, if any.
const Mention* mention_at(const SentenceMentions& mentions, const Word& w) {
  for (const Mention& m : mentions.items)
    if (word_in_mention(w, m)) return &m;
  return nullptr;
}

// The head word of a mention: the last of its words whose head lies outside it.
std::optional<std::size_t> head_word(const ParsedSentence& s, const Mention& m) {
  std::optional<std::size_t> head;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (!word_in_mention(s.words[i], m)) continue;
    int h = s.words[i].head;
    if (h <= 0 || static_cast<std::size_t>(h) > s.words.size() ||
        !word_in_mention(s.words[static_cast<std::size_t>(h - 1)], m))
      head = i;
  }
  return head;
}

std::string describe_trail(const ParsedSentence& s, const std::vector<std::size_t>& trail,
                           const DependencyPath& path) {
  std::string out;
  for (std::size_t i = 1; i < trail.size(); ++i) {
    const Word& w = s.words[trail[i]];
    const PathStep& step = path.steps[i - 1];
    const std::string& rel = step.down ? w.deprel : s.words[trail[i - 1]].deprel;
    out += std::string(" ") + (step.down ? ">" : "<") + rel + " " + w.form;
  }
  return out;
}

}  // namespace

std::optional<DependencyPath> parse_dependency_path(const std::string& text, std::string* error) {
  // One step: direction, relations ("*" or names joined by "|"), optional [case,words], then an
  // optional word order (+ after, - before).
  static const RE2 kStep(
      R"(([<>])(\*|[a-z]+(?::[a-z]+)?(?:\|[a-z]+(?::[a-z]+)?)*)(?:\[([a-z]+(?:,[a-z]+)*)\])?([+-]?))");
  DependencyPath path;
  path.source = text;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == ' ') {
      ++pos;
      continue;
    }
    std::size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    std::string token = text.substr(pos, end - pos);
    std::string direction, relations, cases, order;
    if (!RE2::FullMatch(token, kStep, &direction, &relations, &cases, &order)) {
      *error = "bad step '" + token + "' in path '" + text +
               "' (expected >rel or <rel, alternatives joined by |, optionally [in,on], then "
               "optionally + or -)";
      return std::nullopt;
    }
    PathStep step;
    step.down = direction == ">";
    step.order = order == "+" ? 1 : order == "-" ? -1 : 0;
    if (relations != "*") {
      std::size_t from = 0;
      while (from <= relations.size()) {
        std::size_t bar = relations.find('|', from);
        if (bar == std::string::npos) bar = relations.size();
        step.relations.push_back(relations.substr(from, bar - from));
        from = bar + 1;
      }
    }
    std::size_t from = 0;
    while (!cases.empty() && from <= cases.size()) {
      std::size_t comma = cases.find(',', from);
      if (comma == std::string::npos) comma = cases.size();
      step.case_words.push_back(cases.substr(from, comma - from));
      from = comma + 1;
    }
    path.steps.push_back(std::move(step));
    pos = end;
  }
  if (path.steps.empty()) {
    *error = "empty path (expected steps such as '>nmod[in,on]')";
    return std::nullopt;
  }
  return path;
}

bool WordTest::accepts(const Word& w) const {
  if (!lemmas.empty() && !in_list(lemmas, to_lower_ascii(w.lemma)) &&
      !in_list(lemmas, to_lower_ascii(w.form)))
    return false;
  if (!xpos.empty() && !in_list(xpos, w.xpos)) return false;
  return upos.empty() || in_list(upos, w.upos);
}

std::vector<std::string> SyntaxPattern::slot_names() const {
  std::vector<std::string> names;
  if (!trigger_type.empty()) names.push_back(trigger_slot);
  for (const SyntaxArgument& a : arguments) names.push_back(a.name);
  return names;
}

bool mention_has_type(const Mention& m, const std::string& type, const KnowledgeBase& kb) {
  switch (m.kind) {
    case MentionKind::kTime:
      if (type == "weekday") return m.time.weekday && m.time.period;
      return type == "date";
    case MentionKind::kNumber:
      return type == "number";
    case MentionKind::kEntity:
      break;
  }
  for (const NameRef& r : m.refs) {
    EntityType t = kb.entities()[r.entity].type;
    if (type == "entity" || type == entity_type_name(t)) return true;
  }
  return false;
}

std::vector<SyntaxMatch> match_syntax(const SyntaxPattern& pattern, const ParsedSentence& parse,
                                      const SentenceMentions& mentions, const KnowledgeBase& kb) {
  std::vector<SyntaxMatch> out;
  if (parse.words.empty()) return out;
  std::vector<std::vector<std::size_t>> kids = children_of(parse);

  struct Trigger {
    std::size_t word;
    const Mention* mention;
  };
  std::vector<Trigger> triggers;
  if (!pattern.trigger_type.empty()) {
    for (const Mention& m : mentions.items) {
      if (!mention_has_type(m, pattern.trigger_type, kb)) continue;
      if (!pattern.trigger_time_types.empty() &&
          (m.kind != MentionKind::kTime || !in_list(pattern.trigger_time_types, m.time.type)))
        continue;
      if (auto head = head_word(parse, m)) triggers.push_back({*head, &m});
    }
  } else {
    for (std::size_t i = 0; i < parse.words.size(); ++i)
      if (pattern.trigger_word.accepts(parse.words[i])) triggers.push_back({i, nullptr});
  }

  for (const Trigger& t : triggers) {
    auto holds = [&](const WordCondition& c) {
      for (const DependencyPath& path : c.paths)
        for (const std::vector<std::size_t>& trail : walk_path(path, parse, kids, t.word))
          if (c.word.accepts(parse.words[trail.back()])) return true;
      return false;
    };
    if (std::any_of(pattern.vetoes.begin(), pattern.vetoes.end(), holds) ||
        !std::all_of(pattern.requirements.begin(), pattern.requirements.end(), holds))
      continue;

    SyntaxMatch match;
    const Word& head = parse.words[t.word];
    match.begin = t.mention ? t.mention->begin : head.begin;
    match.end = t.mention ? t.mention->end : head.end;
    match.path = head.form;
    if (t.mention) match.slots.push_back({pattern.trigger_slot, pattern.trigger_type, t.mention});
    bool complete = true;
    for (const SyntaxArgument& arg : pattern.arguments) {
      const Mention* filler = nullptr;
      for (const DependencyPath& path : arg.paths) {
        for (const std::vector<std::size_t>& trail : walk_path(path, parse, kids, t.word)) {
          const Mention* m = mention_at(mentions, parse.words[trail.back()]);
          if (!m || m == t.mention || !mention_has_type(*m, arg.type, kb)) continue;
          if (!arg.time_types.empty() &&
              (m->kind != MentionKind::kTime || !in_list(arg.time_types, m->time.type)))
            continue;
          filler = m;
          for (std::size_t w : trail) {
            match.begin = std::min(match.begin, parse.words[w].begin);
            match.end = std::max(match.end, parse.words[w].end);
          }
          match.path += describe_trail(parse, trail, path);
          break;
        }
        if (filler) break;
      }
      if (!filler && !arg.or_lemmas.empty()) {
        // A word standing in for the mention: the first path that reaches one.
        bool stood_in = false;
        for (const DependencyPath& path : arg.paths) {
          for (const std::vector<std::size_t>& trail : walk_path(path, parse, kids, t.word)) {
            if (!in_list(arg.or_lemmas, parse.words[trail.back()].lemma)) continue;
            for (std::size_t w : trail) {
              match.begin = std::min(match.begin, parse.words[w].begin);
              match.end = std::max(match.end, parse.words[w].end);
            }
            match.path += describe_trail(parse, trail, path);
            stood_in = true;
            break;
          }
          if (stood_in) break;
        }
        if (stood_in) continue;
      }
      if (!filler) {
        complete = false;
        break;
      }
      match.begin = std::min(match.begin, filler->begin);
      match.end = std::max(match.end, filler->end);
      match.slots.push_back({arg.name, arg.type, filler});
    }
    if (complete) out.push_back(std::move(match));
  }
  return out;
}

}  // namespace factlint
