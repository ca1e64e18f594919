// Mentions: merge entity, time and number recognisers; longer spans win, then time over entity
// over number.
#include "recognise/mentions.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/text.h"

namespace factlint {

namespace {

// "then-President", "ex-Chancellor": the time prefix is its own token, so the title after it is
// recognised like any other.
std::vector<Token> split_title_prefixes(std::string_view text, std::vector<Token> tokens) {
  std::vector<Token> out;
  for (Token& t : tokens) {
    std::size_t dash = t.key.find('-');
    std::string prefix = to_lower_ascii(t.key.substr(0, dash == std::string::npos ? 0 : dash));
    if (t.kind != TokenKind::kWord || (prefix != "then" && prefix != "ex") ||
        dash + 1 >= t.key.size() || !is_ascii_upper(t.key[dash + 1])) {
      out.push_back(std::move(t));
      continue;
    }
    std::size_t dash_at = t.begin + dash;  // the prefix is ASCII, so key and text agree here
    std::size_t rest_at = dash_at + utf8_sequence_length(static_cast<unsigned char>(text[dash_at]));
    out.push_back({TokenKind::kWord, t.begin, dash_at, t.key.substr(0, dash)});
    out.push_back({TokenKind::kPunct, dash_at, rest_at, "-"});
    out.push_back({TokenKind::kWord, rest_at, t.end, t.key.substr(dash + 1)});
  }
  return out;
}

// Office nouns news writes in lower case ("India's prime minister, Narendra Modi"); matched
// against the capitalised titles of the knowledge base.
bool is_office_noun(const std::string& key) {
  static const std::unordered_set<std::string> kNouns = {
      "president", "prime",   "minister", "chancellor", "premier", "vice",    "foreign",
      "secretary", "general", "king",     "queen",      "pope",    "emperor", "supreme",
      "leader",    "crown",   "prince",   "chief",      "federal", "acting",  "caretaker"};
  return kNouns.count(key) > 0;
}

// Title mentions written in lower case: the tokens with office nouns capitalised, matched
// again, keeping only title references of matches that needed the change.
std::vector<NameMatch> lower_case_titles(const std::vector<Token>& tokens,
                                         const KnowledgeBase& kb) {
  std::vector<Token> raised = tokens;
  std::vector<bool> changed(tokens.size(), false);
  for (std::size_t i = 0; i < raised.size(); ++i) {
    if (raised[i].kind != TokenKind::kWord || !is_office_noun(raised[i].key)) continue;
    raised[i].key[0] = static_cast<char>(raised[i].key[0] - 'a' + 'A');
    changed[i] = true;
  }
  std::vector<NameMatch> out;
  for (NameMatch& m : kb.names().match(raised)) {
    bool needed = false;
    for (std::size_t i = m.first_token; i <= m.last_token; ++i) needed = needed || changed[i];
    if (!needed) continue;
    std::vector<NameRef> titles;
    for (const NameRef& r : m.refs)
      if (r.kind == NameKind::kTitle) titles.push_back(r);
    if (titles.empty()) continue;
    m.refs = std::move(titles);
    out.push_back(std::move(m));
  }
  return out;
}

bool only_spaces_between(std::string_view text, std::size_t from, std::size_t to) {
  return from <= to && to <= text.size() &&
         std::all_of(text.begin() + from, text.begin() + to, [](char c) { return c == ' '; });
}

// A one-word mention of a person ("Harris", "Johnson") beside another capitalised word that
// nothing recognised is part of a longer name: "Harris Pastides", "Ann Harris", "Trump Tower",
// "Fred R. Harris", "Harris Jr.".
// Its person readings are dropped; the records know that surname's person, not this one.
void drop_surnames_inside_names(std::string_view text, const std::vector<Token>& tokens,
                                const KnowledgeBase& kb, std::vector<Mention>& mentions) {
  auto index_at = [&](std::size_t begin) {
    auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                               [](const Token& t, std::size_t b) { return t.begin < b; });
    return it != tokens.end() && it->begin == begin ? std::size_t(it - tokens.begin())
                                                    : tokens.size();
  };
  auto covered = [&](const Token& t) {
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const Mention& m) { return t.begin < m.end && m.begin < t.end; });
  };
  auto only_spaces = [&](std::size_t from, std::size_t to) {
    return std::all_of(text.begin() + from, text.begin() + to, [](char c) { return c == ' '; });
  };
  auto bare_capitalised = [&](const Token& t) {
    return t.kind == TokenKind::kWord && !t.key.empty() && is_ascii_upper(t.key[0]) && !covered(t);
  };
  for (Mention& m : mentions) {
    if (m.kind != MentionKind::kEntity) continue;
    std::size_t i = index_at(m.begin);
    if (i >= tokens.size() || tokens[i].end != m.end) continue;  // one token only
    bool inside = false;
    if (i + 1 < tokens.size() && only_spaces(m.end, tokens[i + 1].begin) &&
        bare_capitalised(tokens[i + 1]))
      inside = true;
    // The sentence's first word is capitalised whatever it is: a name only when it is not a
    // common opener ("Tilly Starmer, 58, said", not "Then Starmer said").
    if (i > 0 && only_spaces(tokens[i - 1].end, m.begin) && bare_capitalised(tokens[i - 1]) &&
        !is_honorific(tokens[i - 1].key) && (i - 1 > 0 || !is_sentence_opener(tokens[i - 1].key)))
      inside = true;
    inside =
        inside || has_initial_before(text, tokens, i) || has_name_suffix_after(text, tokens, i);
    if (!inside) continue;
    m.refs.erase(std::remove_if(m.refs.begin(), m.refs.end(),
                                [&](const NameRef& r) {
                                  return kb.entities()[r.entity].type == EntityType::kPerson;
                                }),
                 m.refs.end());
  }
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const Mention& m) {
                                  return m.kind == MentionKind::kEntity && m.refs.empty();
                                }),
                 mentions.end());
}

}  // namespace

bool has_initial_before(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  if (i < 2 || i >= tokens.size()) return false;
  const Token& letter = tokens[i - 2];
  const Token& dot = tokens[i - 1];
  return letter.kind == TokenKind::kWord && letter.key.size() == 1 &&
         is_ascii_upper(letter.key[0]) && dot.key == "." && dot.begin == letter.end &&
         only_spaces_between(text, dot.end, tokens[i].begin) && dot.end < tokens[i].begin;
}

bool is_name_suffix(const std::string& word) {
  static const std::unordered_set<std::string> kSuffixes = {"Jr", "Sr", "II", "III", "IV"};
  return kSuffixes.count(word) > 0;
}

bool has_name_suffix_after(std::string_view text, const std::vector<Token>& tokens, std::size_t i) {
  if (i + 1 >= tokens.size()) return false;
  std::size_t next = i + 1;
  // "Kennedy Jr." and "Kennedy, Jr."
  if (tokens[next].key == "," && next + 1 < tokens.size()) ++next;
  return is_name_suffix(tokens[next].key) &&
         only_spaces_between(text, tokens[next - 1].end, tokens[next].begin);
}

namespace {

// Event names written with a possessive the name lacks: "Hamas's attack on Israel" for the
// recorded "Hamas attack on Israel". Names of three words or more only: "Russia's war" is no
// name.
std::vector<NameMatch> possessive_event_names(const std::vector<Token>& tokens,
                                              const KnowledgeBase& kb) {
  std::vector<Token> kept;
  std::vector<std::size_t> original;  // kept index -> tokens index
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].kind == TokenKind::kPossessive && i > 0) continue;
    kept.push_back(tokens[i]);
    original.push_back(i);
  }
  std::vector<NameMatch> out;
  if (kept.size() == tokens.size()) return out;
  for (NameMatch& m : kb.names().match(kept)) {
    std::size_t first = original[m.first_token];
    std::size_t last = original[m.last_token];
    if (last - first == m.last_token - m.first_token) continue;  // no possessive inside
    if (m.last_token - m.first_token + 1 < 3) continue;
    m.refs.erase(std::remove_if(m.refs.begin(), m.refs.end(),
                                [&](const NameRef& r) {
                                  return kb.entities()[r.entity].type != EntityType::kEvent;
                                }),
                 m.refs.end());
    if (m.refs.empty()) continue;
    m.first_token = first;
    m.last_token = last;
    out.push_back(std::move(m));
  }
  return out;
}

int rank(MentionKind k) {
  switch (k) {
    case MentionKind::kTime:
      return 0;
    case MentionKind::kEntity:
      return 1;
    case MentionKind::kNumber:
      return 2;
  }
  return 2;
}

}  // namespace

bool is_sentence_opener(const std::string& word) {
  static const std::set<std::string> kWords = {
      "The",       "A",        "An",       "In",    "On",      "At",      "By",        "For",
      "From",      "With",     "Without",  "After", "Before",  "During",  "Since",     "Until",
      "When",      "While",    "As",       "But",   "And",     "Or",      "So",        "Yet",
      "Then",      "Earlier",  "Later",    "Last",  "Next",    "This",    "That",      "These",
      "Those",     "It",       "He",       "She",   "They",    "We",      "I",         "You",
      "His",       "Her",      "Their",    "Our",   "My",      "Your",    "There",     "Here",
      "Some",      "Many",     "Most",     "All",   "Both",    "Several", "Few",       "Other",
      "Another",   "One",      "Two",      "Three", "Four",    "Five",    "Police",    "Former",
      "Ex",        "Outgoing", "Incoming", "Late",  "Still",   "Also",    "However",   "Meanwhile",
      "According", "Although", "Though",   "If",    "Because", "Despite", "Over",      "Under",
      "About",     "Around",   "Only",     "Even",  "Such",    "No",      "Not",       "Every",
      "Each",      "Why",      "What",     "Who",   "How",     "Where",   "Local",     "Born",
      "Asked",     "Speaking", "Shortly",  "Once",  "Now",     "Today",   "Yesterday", "Tomorrow",
      "Its",       "Security", "Hospital",
  };
  return kWords.count(word) > 0 || (word.size() > 3 && word.back() == 's');
}

bool is_honorific(const std::string& word) {
  static const std::unordered_set<std::string> kWords = {
      "Mr",         "Mrs",          "Ms",
      "Dr",         "Sir",          "Dame",
      "Lord",       "Lady",         "President",
      "Premier",    "Minister",     "Chancellor",
      "Pope",       "King",         "Queen",
      "Prince",     "Princess",     "Senator",
      "Sen",        "Rep",          "Representative",
      "Governor",   "Gov",          "General",
      "Gen",        "Speaker",      "Secretary",
      "Ambassador", "Judge",        "Justice",
      "Cardinal",   "Archbishop",   "Bishop",
      "Father",     "Sheikh",       "Emperor",
      "Empress",    "Crown",        "Former",
      "Ex",         "Vice",         "Leader",
      "Lt",         "Col",          "Sgt",
      "Adm",        "Capt",         "Prof",
      "Rev",        "Mayor",        "Chairman",
      "Chairwoman", "Commissioner", "Director",
      "Attorney"};
  return kWords.count(word) > 0;
}

// A recorded name that starts with a title word ("King Salman", "Pope Francis") loses that word
// to a longer title ("Saudi King"): the words after the title still name that person.
void restore_titled_names(const std::vector<Token>& tokens, const KnowledgeBase& kb,
                          std::vector<Mention>& kept) {
  constexpr std::size_t kLongestName = 6;  // tokens of a titled name tried
  std::vector<Mention> restored;
  for (const Mention& title : kept) {
    if (title.kind != MentionKind::kEntity) continue;
    auto last = std::find_if(tokens.begin(), tokens.end(),
                             [&](const Token& t) { return t.end == title.end; });
    if (last == tokens.end() || last->begin == title.begin || last->kind != TokenKind::kWord ||
        !is_office_noun(to_lower_ascii(last->key)))
      continue;
    std::vector<Token> from_title(
        last, last + std::min<std::ptrdiff_t>(tokens.end() - last, kLongestName));
    std::vector<NameMatch> names = kb.names().match(from_title);
    if (names.empty() || names.front().first_token != 0 || names.front().last_token == 0) continue;
    std::vector<NameRef> people;
    for (const NameRef& r : names.front().refs)
      if (kb.entities()[r.entity].type == EntityType::kPerson) people.push_back(r);
    std::size_t begin = from_title[1].begin;
    std::size_t end = from_title[names.front().last_token].end;
    bool free = std::none_of(kept.begin(), kept.end(),
                             [&](const Mention& k) { return begin < k.end && k.begin < end; });
    if (!people.empty() && free)
      restored.push_back(Mention{MentionKind::kEntity, begin, end, std::move(people), {}, 0});
  }
  for (Mention& m : restored) kept.push_back(std::move(m));
}

SentenceMentions recognise(std::string_view text, const Sentence& sentence, const KnowledgeBase& kb,
                           const TimeContext& time_context) {
  SentenceMentions out{sentence, {}};
  std::vector<Token> tokens =
      split_title_prefixes(text, tokenize(text, sentence.begin, sentence.end));
  std::vector<Mention> all;
  std::vector<NameMatch> names = kb.names().match(tokens);
  for (NameMatch& m : lower_case_titles(tokens, kb)) names.push_back(std::move(m));
  for (NameMatch& m : possessive_event_names(tokens, kb)) names.push_back(std::move(m));
  for (NameMatch& m : names) {
    Mention x{MentionKind::kEntity,
              tokens[m.first_token].begin,
              tokens[m.last_token].end,
              std::move(m.refs),
              {},
              0};
    all.push_back(std::move(x));
  }
  for (TimeExpression& t :
       find_time_expressions(text, sentence.begin, sentence.end, time_context)) {
    Mention x{MentionKind::kTime, t.begin, t.end, {}, std::move(t), 0};
    all.push_back(std::move(x));
  }
  for (const NumberMention& n : find_numbers(tokens)) {
    Mention x{MentionKind::kNumber, n.begin, n.end, {}, {}, n.value};
    all.push_back(std::move(x));
  }
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    std::size_t la = a.end - a.begin;
    std::size_t lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
    return a.begin < b.begin;
  });
  std::vector<Mention> kept;
  for (Mention& m : all) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Mention& k) {
      return m.begin < k.end && k.begin < m.end;
    });
    if (!overlaps) kept.push_back(std::move(m));
  }
  restore_titled_names(tokens, kb, kept);
  // A name glued to a "+" names a wider group: OPEC+ is not OPEC.
  kept.erase(std::remove_if(kept.begin(), kept.end(),
                            [&](const Mention& m) {
                              return m.kind == MentionKind::kEntity && m.end < text.size() &&
                                     text[m.end] == '+';
                            }),
             kept.end());
  std::sort(kept.begin(), kept.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  drop_surnames_inside_names(text, tokens, kb, kept);
  out.items = std::move(kept);
  return out;
}

}  // namespace factlint
