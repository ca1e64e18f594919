// Coreference: narrowing ambiguous names, short names and descriptive second references.
#include "recognise/coreference.h"

#include <algorithm>
#include <set>

#include "core/text.h"
#include "recognise/mentions.h"
#include "segment/tokens.h"

namespace factlint {

namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Nouns a second reference to an office-holder is made of ("the Russian leader"), and the
// title word each stands for ("pontiff" is a pope). "leader" fits any head of state or
// government, "monarch" a king or queen ("king" and "queen" alone are left out: the records do
// not say which holder is which).
const std::map<std::string, std::string>& descriptor_nouns() {
  static const std::map<std::string, std::string> kNouns = {{"leader", "leader"},
                                                            {"president", "president"},
                                                            {"pontiff", "pope"},
                                                            {"pope", "pope"},
                                                            {"premier", "premier"},
                                                            {"chancellor", "chancellor"},
                                                            {"minister", "prime minister"},
                                                            {"monarch", "monarch"}};
  return kNouns;
}

bool phrase_ends_with_word(const std::string& phrase, const std::string& word) {
  if (phrase.size() < word.size()) return false;
  if (phrase.compare(phrase.size() - word.size(), word.size(), word) != 0) return false;
  return phrase.size() == word.size() || phrase[phrase.size() - word.size() - 1] == ' ';
}

bool office_fits(const Entity& office, const std::string& noun) {
  const std::string& title_word = descriptor_nouns().at(noun);
  if (title_word == "leader" &&
      (office.role == "head_of_state" || office.role == "head_of_government"))
    return true;
  for (const std::string& t : office.titles) {
    std::string title = to_lower_ascii(t);
    if (title_word == "monarch" &&
        (phrase_ends_with_word(title, "king") || phrase_ends_with_word(title, "queen")))
      return true;
    if (phrase_ends_with_word(title, title_word)) return true;
  }
  for (const std::string& d : office.descriptors)
    if (to_lower_ascii(d) == noun) return true;
  return false;
}

bool is_person(const KnowledgeBase& kb, const NameRef& r) {
  return kb.entities()[r.entity].type == EntityType::kPerson;
}

bool is_capitalised_word(const Token& t) {
  return t.kind == TokenKind::kWord && !t.key.empty() && is_ascii_upper(t.key[0]);
}

// The index of the mention whose span holds [begin, end), or npos.
std::size_t mention_at(const std::vector<Mention>& items, std::size_t begin, std::size_t end) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].begin <= begin && end <= items[i].end) return i;
  return kNone;
}

}  // namespace

// True when a word alone already means something: a title ("Pope"), a place, a month or a
// weekday ("May" for Theresa May).
bool Coreference::names_something(const std::string& word) const {
  static const std::set<std::string> kCalendar = {
      "January",   "February",  "March",   "April",    "May",      "June",   "July",
      "August",    "September", "October", "November", "December", "Monday", "Tuesday",
      "Wednesday", "Thursday",  "Friday",  "Saturday", "Sunday"};
  if (kCalendar.count(word)) return true;
  std::vector<Token> tokens = tokenize(word, 0, word.size());
  return !kb_.names().match(tokens).empty();
}

void Coreference::remember(std::size_t person) {
  named_.erase(std::remove(named_.begin(), named_.end(), person), named_.end());
  named_.push_back(person);
  std::vector<std::string> keys = token_keys(kb_.entities()[person].name);
  // "Robert F. Kennedy Jr.": the family name is before the suffix.
  while (keys.size() > 1 &&
         (keys.back() == "." || keys.back() == "," || is_name_suffix(keys.back())))
    keys.pop_back();
  if (keys.size() < 2) return;
  // The family name, and the given name: both stand alone in news once a person is introduced
  // ("Lee" for Lee Jae-myung, "Starmer" for Keir Starmer).
  for (const std::string& key : {keys.front(), keys.back()}) {
    if (key.size() < 2 || !is_ascii_upper(key[0]) || names_something(key)) continue;
    auto& people = short_[key];
    if (std::find(people.begin(), people.end(), person) == people.end()) people.push_back(person);
  }
}

std::vector<std::size_t> Coreference::fitting(const std::string& noun,
                                              const std::vector<std::size_t>& offices,
                                              const std::vector<std::string>& countries) const {
  std::vector<std::size_t> out;
  for (auto it = named_.rbegin(); it != named_.rend(); ++it) {
    const Entity& person = kb_.entities()[*it];
    for (const Term& position : person.positions) {
      const Entity* office = kb_.find(position.ref);
      if (!office) continue;
      if (!offices.empty() &&
          std::find(offices.begin(), offices.end(), kb_.index_of(*office)) == offices.end())
        continue;
      if (!countries.empty() &&
          std::find(countries.begin(), countries.end(), office->country) == countries.end())
        continue;
      if (office_fits(*office, noun)) {
        out.push_back(*it);
        break;
      }
    }
  }
  return out;
}

void Coreference::resolve(std::string_view text, SentenceMentions& mentions) {
  std::vector<Mention>& items = mentions.items;
  // A name several people share means the one the article named before, when it did.
  for (Mention& m : items) {
    if (m.kind != MentionKind::kEntity) continue;
    std::size_t people = 0;
    std::size_t known = 0;
    for (const NameRef& r : m.refs) {
      if (!is_person(kb_, r)) continue;
      ++people;
      if (std::find(named_.begin(), named_.end(), r.entity) != named_.end()) ++known;
    }
    if (people < 2 || known == 0) continue;
    m.refs.erase(std::remove_if(m.refs.begin(), m.refs.end(),
                                [&](const NameRef& r) {
                                  return is_person(kb_, r) &&
                                         std::find(named_.begin(), named_.end(), r.entity) ==
                                             named_.end();
                                }),
                 m.refs.end());
  }

  // A recorded surname the article has also given someone the records do not know ("Todd
  // Monroe Harris" before "Harris, 37, of Tucson") may mean either.
  for (Mention& m : items) {
    if (m.kind != MentionKind::kEntity || m.end > text.size() ||
        !surnames_of_unrecorded_names_.count(std::string(text.substr(m.begin, m.end - m.begin))))
      continue;
    m.refs.erase(std::remove_if(m.refs.begin(), m.refs.end(),
                                [&](const NameRef& r) { return is_person(kb_, r); }),
                 m.refs.end());
  }
  items.erase(std::remove_if(items.begin(), items.end(),
                             [](const Mention& m) {
                               return m.kind == MentionKind::kEntity && m.refs.empty();
                             }),
              items.end());

  std::vector<Token> tokens = tokenize(text, mentions.sentence.begin, mentions.sentence.end);
  std::vector<Mention> added;
  // Short names of people named before, unless the word is part of a longer name nobody
  // recorded: "Ron Ryckman" after Ron DeSantis, "Kathy Bernier" after Kathy Hochul.
  auto unrecorded_name_word = [&](std::size_t i) {
    return is_capitalised_word(tokens[i]) &&
           mention_at(items, tokens[i].begin, tokens[i].end) == kNone;
  };
  auto spaces_between = [&](std::size_t from, std::size_t to) {
    return std::all_of(text.begin() + from, text.begin() + to, [](char c) { return c == ' '; });
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (!is_capitalised_word(t) || mention_at(items, t.begin, t.end) != kNone) continue;
    // "Robert F. Kennedy Jr.": a surname of someone the records do not know.
    if (has_initial_before(text, tokens, i) || has_name_suffix_after(text, tokens, i)) {
      unrecorded_surnames_.insert(t.key);
      surnames_of_unrecorded_names_.insert(t.key);
      continue;
    }
    if (i + 1 < tokens.size() && spaces_between(t.end, tokens[i + 1].begin) &&
        unrecorded_name_word(i + 1))
      continue;
    // Nor when a recognised name follows it, but for a time: "William French Smith" after
    // William Webster ("French" is a demonym), though "Putin Thursday said" is Putin.
    if (i + 1 < tokens.size() && spaces_between(t.end, tokens[i + 1].begin) &&
        is_capitalised_word(tokens[i + 1])) {
      std::size_t next = mention_at(items, tokens[i + 1].begin, tokens[i + 1].end);
      if (next != kNone && items[next].kind == MentionKind::kEntity) continue;
    }
    // "Sen." and "Mrs." are not names; the sentence's first word is capitalised whatever it
    // is, so it is a name only when it is not a common opener ("Noah Hawley, 58, said").
    if (i > 0 && spaces_between(tokens[i - 1].end, t.begin) && unrecorded_name_word(i - 1) &&
        !is_honorific(tokens[i - 1].key) && (i > 1 || !is_sentence_opener(tokens[i - 1].key))) {
      unrecorded_surnames_.insert(t.key);
      // Two given names ("Todd Monroe Harris") are no misspelt first name ("Nicholas Maduro").
      if (i > 1 && spaces_between(tokens[i - 2].end, tokens[i - 1].begin) &&
          unrecorded_name_word(i - 2) && !is_honorific(tokens[i - 2].key) &&
          (i > 2 || !is_sentence_opener(tokens[i - 2].key)))
        surnames_of_unrecorded_names_.insert(t.key);
      continue;
    }
    auto it = short_.find(t.key);
    if (it == short_.end() || unrecorded_surnames_.count(t.key)) continue;
    Mention m{MentionKind::kEntity, t.begin, t.end, {}, {}, 0};
    for (std::size_t person : it->second) m.refs.push_back({person, NameKind::kAlias});
    added.push_back(std::move(m));
  }

  // Descriptive second references: "the [N-year-old] [modifier] noun".
  std::vector<Mention> replacements;
  std::vector<std::size_t> sentence_people;  // people named earlier in this sentence
  std::size_t next_item = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    while (next_item < items.size() && items[next_item].end <= tokens[i].begin) {
      for (const NameRef& r : items[next_item].refs)
        if (items[next_item].kind == MentionKind::kEntity && is_person(kb_, r))
          sentence_people.push_back(r.entity);
      ++next_item;
    }
    std::string noun = to_lower_ascii(tokens[i].key);
    if (tokens[i].kind != TokenKind::kWord || !descriptor_nouns().count(noun)) continue;
    if (noun == "minister" && (i == 0 || to_lower_ascii(tokens[i - 1].key) != "prime")) continue;
    // A name right after the noun makes it a title ("the Russian president Vladimir Putin",
    // "the president, Vladimir Putin,").
    std::size_t after = i + 1;
    if (after < tokens.size() && tokens[after].key == ",") ++after;
    if (after < tokens.size() && is_capitalised_word(tokens[after])) continue;

    std::size_t core_begin = tokens[noun == "minister" ? i - 1 : i].begin;
    std::size_t core_end = tokens[i].end;
    std::vector<std::size_t> offices;
    std::vector<std::string> countries;
    std::size_t covering = mention_at(items, tokens[i].begin, tokens[i].end);
    if (covering != kNone) {
      const Mention& m = items[covering];
      if (m.end != core_end) continue;
      for (const NameRef& r : m.refs) {
        const Entity& e = kb_.entities()[r.entity];
        if (e.type != EntityType::kOffice) {
          offices.clear();
          break;
        }
        offices.push_back(r.entity);
      }
      if (offices.empty()) continue;
      core_begin = m.begin;
    }
    std::size_t first = 0;
    while (first < tokens.size() && tokens[first].begin < core_begin) ++first;
    if (covering == kNone && first > 0) {
      std::size_t modifier = mention_at(items, tokens[first - 1].begin, tokens[first - 1].end);
      if (modifier != kNone && items[modifier].end == tokens[first - 1].end) {
        for (const NameRef& r : items[modifier].refs) {
          const Entity& e = kb_.entities()[r.entity];
          if (e.type == EntityType::kCountry) countries.push_back(e.id);
        }
        if (countries.empty()) continue;
        core_begin = items[modifier].begin;
        while (first > 0 && tokens[first - 1].begin >= core_begin) --first;
      }
    }
    // "the" before it, possibly with an age between: "the 71-year-old pontiff".
    std::size_t k = first;
    if (k >= 3 && tokens[k - 1].key == "year-old" && tokens[k - 2].key == "-" &&
        tokens[k - 3].kind == TokenKind::kNumber)
      k -= 3;
    if (k == 0 || to_lower_ascii(tokens[k - 1].key) != "the") continue;
    // After a copula it says what someone is ("Merkel was the German chancellor"): a title.
    static const std::set<std::string> kCopulas = {"is", "was", "remains", "became",
                                                   "as", "be",  "not",     "never"};
    if (k >= 2 && kCopulas.count(to_lower_ascii(tokens[k - 2].key))) continue;
    // In apposition to a name ("Putin, the Russian leader,") it describes that name: a title,
    // not a second reference.
    if (k >= 3 && tokens[k - 2].key == ",") {
      std::size_t before = mention_at(items, tokens[k - 3].begin, tokens[k - 3].end);
      if (before != kNone && std::any_of(items[before].refs.begin(), items[before].refs.end(),
                                         [&](const NameRef& r) { return is_person(kb_, r); }))
        continue;
    }
    std::vector<std::size_t> saved = named_;
    for (std::size_t p : sentence_people) {
      named_.erase(std::remove(named_.begin(), named_.end(), p), named_.end());
      named_.push_back(p);
    }
    std::vector<std::size_t> people = fitting(noun, offices, countries);
    named_ = std::move(saved);
    if (people.empty()) continue;
    Mention resolved{MentionKind::kEntity, core_begin, core_end, {}, {}, 0};
    for (std::size_t p : people) resolved.refs.push_back({p, NameKind::kAlias});
    replacements.push_back(std::move(resolved));
  }

  for (Mention& r : replacements) {
    items.erase(
        std::remove_if(items.begin(), items.end(),
                       [&](const Mention& m) { return m.begin < r.end && r.begin < m.end; }),
        items.end());
    items.push_back(std::move(r));
  }
  for (Mention& m : added) {
    bool overlaps = std::any_of(items.begin(), items.end(), [&](const Mention& x) {
      return m.begin < x.end && x.begin < m.end;
    });
    if (!overlaps) items.push_back(std::move(m));
  }
  std::sort(items.begin(), items.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  for (const Mention& m : items) {
    if (m.kind != MentionKind::kEntity) continue;
    for (const NameRef& r : m.refs)
      if (is_person(kb_, r)) remember(r.entity);
  }
}

}  // namespace factlint
