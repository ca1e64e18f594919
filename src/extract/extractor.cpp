// Extractor: masking sentences and matching rule patterns over them, and syntactic patterns over
// the sentence's parse.
#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <set>

#include "parse/sentence_parse.h"

namespace factlint {

namespace {

char type_letter(EntityType t) {
  switch (t) {
    case EntityType::kEvent:
      return 'e';
    case EntityType::kPerson:
      return 'p';
    case EntityType::kOffice:
      return 'o';
    case EntityType::kCountry:
      return 'c';
    case EntityType::kOrganization:
      return 'g';
    case EntityType::kPlace:
      return 'l';
  }
  return 'e';
}

std::string letters_for(const Mention& m, const KnowledgeBase& kb) {
  switch (m.kind) {
    case MentionKind::kTime:
      // A date written with its weekday can also fill a {weekday} slot.
      return m.time.weekday && m.time.period ? "dw" : "d";
    case MentionKind::kNumber:
      return "n";
    case MentionKind::kEntity:
      break;
  }
  std::set<char> letters;
  for (const NameRef& r : m.refs) letters.insert(type_letter(kb.entities()[r.entity].type));
  return std::string(letters.begin(), letters.end());
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Negation cues between a claim's subject and its value: "did not begin", "never started".
bool has_negation(std::string_view masked) {
  static const RE2 kNegation(R"((?i)\b(?:not|never|no longer)\b|n't\b|n’t\b)");
  return RE2::PartialMatch(masked, kNegation);
}

// Where the paragraph holding `offset` begins: after the last blank line before it. A quotation
// runs on across sentences ("Gibbs said. "But ... peacefully. So I don't see President Trump
// ..."), while news closes or reopens it at a paragraph's end. The search goes back at most
// kQuotationReach bytes (a hard-wrapped file may be one long paragraph); beyond, `offset`.
constexpr std::size_t kQuotationReach = 4000;

std::size_t paragraph_begin(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t lower = offset > kQuotationReach ? offset - kQuotationReach : 0;
  std::size_t end = offset;
  while (end > lower) {
    // Searched within the window only: a search from `end` alone would run back to the start
    // of a huge line, once per claim.
    std::size_t found = text.substr(lower, end - lower).rfind('\n');
    if (found == std::string_view::npos) break;
    std::size_t newline = lower + found;
    std::size_t line_end = newline;
    while (line_end > lower &&
           (text[line_end - 1] == ' ' || text[line_end - 1] == '\t' || text[line_end - 1] == '\r'))
      --line_end;
    // "\n" + spaces + "\n": a blank line, so the paragraph starts after it.
    if (line_end > lower && text[line_end - 1] == '\n') return newline + 1;
    end = newline;
  }
  return lower == 0 ? 0 : offset;
}

// True when `offset` lies inside a quotation in [begin, offset): an odd number of straight
// double quotes, or more opening than closing curly ones.
bool inside_quotation(std::string_view text, std::size_t begin, std::size_t offset) {
  int straight = 0;
  int curly = 0;
  for (std::size_t i = begin; i < offset; ++i) {
    if (text[i] == '"') ++straight;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0) ++curly;  // “
    if (text.compare(i, 3, "\xE2\x80\x9D") == 0) --curly;  // ”
  }
  return straight % 2 == 1 || curly > 0;
}

// A clock time that opens a transcript's turn: "[5:34] ", "(01:02:03) ", "5:34 ".
constexpr const char* kTurnClock =
    R"((?:\[\d{1,2}(?::\d\d){1,2}\]|\(\d{1,2}(?::\d\d){1,2}\)|\d{1,2}:\d\d(?::\d\d)?) +)";

// True when the line around `line` is one of several in the text near it that open with
// `label` and a colon: the turns of a transcript, not a one-off "Update:" or "Photos:".
bool label_recurs(std::string_view text, std::size_t line, const std::string& label) {
  // Turns alternate within a few paragraphs; a window keeps the search bounded.
  constexpr std::size_t kWindow = 20000;
  std::size_t from = line > kWindow ? line - kWindow : 0;
  std::string_view near = text.substr(from, 2 * kWindow);
  RE2 turn("(?m)^[ \t]*(?:" + std::string(kTurnClock) + ")?" + RE2::QuoteMeta(label) +
           R"((?: \([^)\n]{0,40}\))?:\s)");
  if (!turn.ok()) return false;
  int count = 0;
  re2::StringPiece input(near.data(), near.size());
  while (count < 2 && RE2::FindAndConsume(&input, turn)) ++count;
  return count >= 2;
}

// True when `offset` lies in a speaker's turn of a transcript: its line opens with a speaker
// label, so the words are the speaker's, not the article's. A label in capitals ("DAVID MUIR:
// President Trump, thank you", "BIDEN (voice-over): ...") or after a clock time ("[5:34]
// Welker: ...") is one by itself; a name in mixed case ("Welker:", "Rep. Meijer:", "Q:") is
// one when other lines nearby open with it too.
bool in_speaker_turn(std::string_view text, std::size_t offset) {
  std::size_t line = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  line = line == std::string_view::npos ? 0 : line + 1;
  std::string_view head = text.substr(line, std::min<std::size_t>(offset - line, 80));
  static const RE2 kCapitals(R"(^[ \t]*(?:)" + std::string(kTurnClock) +
                             R"()?[A-Z][A-Z.'\x{2019} -]{1,40}[A-Z.](?: \([^)\n]{0,40}\))?:\s)");
  if (RE2::PartialMatch(head, kCapitals)) return true;
  static const RE2 kNamed(
      R"(^[ \t]*()" + std::string(kTurnClock) +
      R"()?([A-Z][A-Za-z.'\x{2019}-]*(?: [A-Z][A-Za-z.'\x{2019}-]*){0,2})(?: \([^)\n]{0,40}\))?:\s)");
  std::string clock;
  std::string label;
  if (!RE2::PartialMatch(head, kNamed, &clock, &label)) return false;
  return !clock.empty() || label_recurs(text, line, label);
}

}  // namespace

MaskedSentence mask_sentence(std::string_view text, const SentenceMentions& mentions,
                             const KnowledgeBase& kb) {
  MaskedSentence out;
  std::size_t pos = mentions.sentence.begin;
  std::size_t end = mentions.sentence.end;
  std::size_t next = 0;
  const auto& items = mentions.items;
  while (pos < end) {
    if (next < items.size() && items[next].begin == pos) {
      const Mention& m = items[next];
      std::string placeholder =
          "\xE2\x9F\xA6" + std::to_string(next) + ":" + letters_for(m, kb) + "\xE2\x9F\xA7";
      out.text += placeholder;
      out.origin.insert(out.origin.end(), placeholder.size(), m.begin);
      pos = m.end;
      ++next;
      continue;
    }
    if (is_space(text[pos])) {
      if (out.text.empty() || out.text.back() != ' ') {
        out.text += ' ';
        out.origin.push_back(pos);
      }
      ++pos;
      continue;
    }
    out.text += text[pos];
    out.origin.push_back(pos);
    ++pos;
  }
  out.origin.push_back(end);
  return out;
}

namespace {

// Whether the sentence holds a mention of every type the pattern needs (else it cannot match,
// and the sentence need not be parsed for it).
bool could_match(const SyntaxPattern& pattern, const SentenceMentions& mentions,
                 const KnowledgeBase& kb) {
  auto present = [&](const std::string& type) {
    return std::any_of(mentions.items.begin(), mentions.items.end(),
                       [&](const Mention& m) { return mention_has_type(m, type, kb); });
  };
  if (!pattern.trigger_type.empty() && !present(pattern.trigger_type)) return false;
  // A word may stand in for an argument's mention (or_lemma): only the parse can tell.
  return std::all_of(
      pattern.arguments.begin(), pattern.arguments.end(),
      [&](const SyntaxArgument& a) { return !a.or_lemmas.empty() || present(a.type); });
}

// A claim of the rule in the sentence, its slots still to fill.
Claim empty_claim(const Rule& rule, const SentenceMentions& mentions) {
  Claim claim;
  claim.rule = &rule;
  claim.kind = rule.kind;
  claim.sentence_begin = mentions.sentence.begin;
  claim.sentence_end = mentions.sentence.end;
  claim.sentence = &mentions;
  return claim;
}

SlotValue slot_value(const std::string& type, const Mention& m, std::string_view text) {
  SlotValue v;
  v.type = type;
  v.begin = m.begin;
  v.end = m.end;
  v.text = std::string(text.substr(m.begin, m.end - m.begin));
  v.mention = &m;
  return v;
}

// True when `a` fills every mention `b` fills, and more.
bool fills_more(const Claim& a, const Claim& b) {
  auto fills = [](const Claim& c, const Mention* m) {
    return std::any_of(c.slots.begin(), c.slots.end(),
                       [&](const auto& slot) { return slot.second.mention == m; });
  };
  for (const auto& [name, slot] : b.slots)
    if (slot.mention && !fills(a, slot.mention)) return false;
  std::size_t filled_a = 0, filled_b = 0;
  for (const auto& [name, slot] : a.slots) filled_a += slot.mention != nullptr;
  for (const auto& [name, slot] : b.slots) filled_b += slot.mention != nullptr;
  return filled_a > filled_b;
}

// Points the claim at what its rule reports: one slot, the whole match (`report: match`) or
// the words from its first slot to its last (`report: slots`: "Hanoi, the capital of Vietnam",
// where the slip may be either name). False when the reported slot is unfilled.
bool set_reported_span(const Rule& rule, Claim& claim) {
  if (rule.report_slot == "match") {
    claim.begin = claim.match_begin;
    claim.end = claim.match_end;
    return true;
  }
  if (rule.report_slot == "slots") {
    if (claim.slots.empty()) return false;
    claim.begin = claim.match_end;
    claim.end = claim.match_begin;
    for (const auto& [name, slot] : claim.slots) {
      claim.begin = std::min(claim.begin, slot.begin);
      claim.end = std::max(claim.end, slot.end);
    }
    return true;
  }
  const SlotValue* reported = claim.slot(rule.report_slot);
  if (!reported) return false;
  claim.begin = reported->begin;
  claim.end = reported->end;
  return true;
}

}  // namespace

std::vector<Claim> extract_claims(std::string_view text, const SentenceMentions& mentions,
                                  const RuleSet& rules, const KnowledgeBase& kb,
                                  const SentenceParse* parse) {
  // A sentence without mentions may still hold a claim in its words ("The conflict, which is
  // entering its third year").
  std::vector<Claim> claims;
  MaskedSentence masked = mask_sentence(text, mentions, kb);
  re2::StringPiece input(masked.text);
  // Several patterns (or rules) may find the same claim; keep the first per kind and span.
  std::set<std::tuple<std::string, std::size_t, std::size_t>> seen;
  for (const Rule& rule : rules.rules) {
    for (const RulePattern& pattern : rule.patterns) {
      const RE2& re = *pattern.re;
      int ngroups = re.NumberOfCapturingGroups();
      std::vector<re2::StringPiece> groups(static_cast<std::size_t>(ngroups) + 1);
      const std::map<std::string, int>& named = re.NamedCapturingGroups();
      std::size_t start = 0;
      while (start <= input.size() && re.Match(input, start, input.size(), RE2::UNANCHORED,
                                               groups.data(), static_cast<int>(groups.size()))) {
        const re2::StringPiece& whole = groups[0];
        auto whole_begin = static_cast<std::size_t>(whole.data() - input.data());
        start = whole_begin + std::max<std::size_t>(whole.size(), 1);
        Claim claim = empty_claim(rule, mentions);
        bool complete = true;
        for (const std::string& name : pattern.slot_names) {
          auto g = named.find(name);
          const re2::StringPiece& piece = groups[static_cast<std::size_t>(g->second)];
          if (piece.data() == nullptr) continue;  // an optional slot that did not match
          // The placeholder's index names the mention.
          std::string_view ph(piece.data(), piece.size());
          std::size_t digits = 3;  // after ⟦
          std::size_t colon = ph.find(':');
          std::size_t index = std::stoul(std::string(ph.substr(digits, colon - digits)));
          if (index >= mentions.items.size()) {
            complete = false;
            break;
          }
          const Mention& m = mentions.items[index];
          std::size_t slot_index = static_cast<std::size_t>(
              std::find(pattern.slot_names.begin(), pattern.slot_names.end(), name) -
              pattern.slot_names.begin());
          claim.slots.emplace(name, slot_value(pattern.slot_types[slot_index], m, text));
        }
        if (!complete) continue;
        // The whole match: placeholders map to their mention's start, so slots extend it.
        claim.match_begin = masked.origin[whole_begin];
        claim.match_end =
            masked.origin[whole_begin + std::max<std::size_t>(whole.size(), 1) - 1] + 1;
        for (const auto& [name, slot] : claim.slots) {
          claim.match_begin = std::min(claim.match_begin, slot.begin);
          claim.match_end = std::max(claim.match_end, slot.end);
        }
        if (!set_reported_span(rule, claim)) continue;
        claim.negated = has_negation(std::string_view(whole.data(), whole.size()));
        claim.quoted =
            inside_quotation(text, paragraph_begin(text, mentions.sentence.begin), claim.begin) ||
            in_speaker_turn(text, claim.begin);
        if (!seen.emplace(claim.kind, claim.begin, claim.end).second) continue;
        // Words an earlier pattern of the kind already read whole ("Britain, an EU member
        // until Friday") are not a second claim ("Britain, an EU member").
        bool read_whole = std::any_of(claims.begin(), claims.end(), [&](const Claim& other) {
          return other.kind == claim.kind && other.match_begin <= claim.match_begin &&
                 claim.match_end <= other.match_end;
        });
        if (read_whole) continue;
        claims.push_back(std::move(claim));
      }
    }
  }
  // Syntactic patterns after the surface ones: where both find a claim of one kind over the
  // same words, the surface pattern's more specific reading ("began in", "ended in") stands
  // unless the syntactic one fills more slots.
  for (const Rule& rule : rules.rules) {
    for (const SyntaxPattern& pattern : rule.syntax_patterns) {
      if (!parse || !could_match(pattern, mentions, kb)) continue;
      for (const SyntaxMatch& match : match_syntax(pattern, parse->get(), mentions, kb)) {
        Claim claim = empty_claim(rule, mentions);
        for (const SyntaxMatch::Filled& f : match.slots)
          claim.slots.emplace(f.name, slot_value(f.type, *f.mention, text));
        claim.match_begin = match.begin;
        claim.match_end = match.end;
        if (!set_reported_span(rule, claim)) {  // an optional slot the path left empty
          claim.begin = claim.match_begin;
          claim.end = claim.match_end;
        }
        claim.path = match.path;
        claim.negated = has_negation(text.substr(match.begin, match.end - match.begin));
        claim.quoted =
            inside_quotation(text, paragraph_begin(text, mentions.sentence.begin), claim.begin) ||
            in_speaker_turn(text, claim.begin);
        if (!seen.emplace(claim.kind, claim.begin, claim.end).second) continue;
        // A surface claim of the same kind over the same words stands, unless this reading
        // fills every slot it fills and more ("Finland became a member of NATO" + "in June").
        bool keep = true;
        std::vector<std::size_t> subsumed;
        for (std::size_t i = 0; i < claims.size(); ++i) {
          const Claim& other = claims[i];
          if (other.kind != claim.kind || other.match_end <= claim.match_begin ||
              claim.match_end <= other.match_begin)
            continue;
          if (fills_more(claim, other))
            subsumed.push_back(i);
          else
            keep = false;
        }
        if (!keep) continue;
        for (auto it = subsumed.rbegin(); it != subsumed.rend(); ++it)
          claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(*it));
        claims.push_back(std::move(claim));
      }
    }
  }
  std::sort(claims.begin(), claims.end(),
            [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
  return claims;
}

}  // namespace factlint
