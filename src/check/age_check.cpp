// age: a person's stated age ("Putin, 72,", "the 72-year-old leader", "aged 72") against the
// birth date, at the time the sentence speaks of (claim_time.h), at death for someone who
// had died by then ("Francis, who died at 88"), or at a dated birthday ("Scholz, who turned 63
// in June": rule option `at: birthday`, with a {date} slot); and a stated birth date ("Putin,
// born in 1952": `at: birth`, with a {date} the copy gives outright, not one resolved against
// the publication date).
//
// A birth date known only to the year or month allows every age it can give; "about",
// "nearly", "almost" before the number allow the neighbouring years (rule option
// `approximate: true`).
//
// Whom the age is about: the {person} slot, or, for a pattern without one (a sentence that
// opens with "The 68-year-old" or "He"), any person the records know named earlier in the
// sentence or in the two sentences before. The claim is consistent when any of them agrees, and
// unverifiable when someone the records cannot weigh may be meant: a person noun ("a man", "the
// suspect", "his wife"), an unknown full name near the reference or an unknown word opening a
// sentence before it ("Yamagami told police ..."), another person between a {person} slot and
// the age, or a first name before the slot's family name ("Lyudmila Navalnaya" is not Yulia
// Navalnaya).
#include <re2/re2.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "core/text.h"
#include "segment/sentences.h"
#include "segment/tokens.h"

namespace factlint {

namespace {

enum class AgeAt { kClaim, kDeath, kBirthday, kBirth };

// Nouns for people the records cannot name: when one is near, the age may be theirs.
bool is_person_noun(const std::string& word) {
  static const std::set<std::string> kNouns = {
      "man",         "men",        "woman",       "women",        "boy",           "boys",
      "girl",        "girls",      "child",       "children",     "baby",          "teenager",
      "teenagers",   "son",        "sons",        "daughter",     "daughters",     "wife",
      "husband",     "mother",     "father",      "brother",      "brothers",      "sister",
      "sisters",     "widow",      "widower",     "grandson",     "granddaughter", "grandmother",
      "grandfather", "uncle",      "aunt",        "nephew",       "niece",         "cousin",
      "partner",     "fiancee",    "fiance",      "girlfriend",   "boyfriend",     "friend",
      "suspect",     "suspects",   "gunman",      "gunmen",       "attacker",      "attackers",
      "assailant",   "shooter",    "killer",      "murderer",     "defendant",     "driver",
      "pilot",       "co-pilot",   "passenger",   "victim",       "victims",       "officer",
      "officers",    "soldier",    "soldiers",    "guard",        "bodyguard",     "worker",
      "resident",    "spokesman",  "spokeswoman", "spokesperson", "lawyer",        "attorney",
      "doctor",      "doctors",    "nurse",       "surgeon",      "aide",          "rival",
      "opponent",    "challenger", "successor",   "predecessor",  "deputy",        "candidate",
      "nominee",     "player",     "actor",       "actress",      "singer",        "author",
      "writer",      "journalist", "reporter",    "priest",       "cardinal",      "bishop",
      "witness",     "survivor",   "colleague",   "protester",    "activist",      "people",
      "persons",     "others",     "civilians",   "residents",    "students",      "pupils",
      "fans",        "crew",       "troops",      "members",      "workers"};
  return kNouns.count(word) > 0;
}

// Capitalised words that make a name an institution's, a place's or a day's rather than a
// person's ("Buckingham Palace", "Latin America", "Easter Monday").
bool is_non_person_name_word(const std::string& word) {
  static const std::set<std::string> kWords = {
      "Palace",     "House",     "Party",        "Office",       "Ministry",     "Department",
      "Council",    "Court",     "Parliament",   "Square",       "Street",       "Road",
      "Avenue",     "Hospital",  "University",   "College",      "School",       "Force",
      "Forces",     "Army",      "Navy",         "Agency",       "Bank",         "Committee",
      "Commission", "Church",    "Cathedral",    "Abbey",        "Castle",       "Airport",
      "Airlines",   "Airways",   "Group",        "Company",      "Corporation",  "News",
      "Times",      "Post",      "Press",        "Service",      "Union",        "Assembly",
      "Senate",     "Congress",  "Board",        "Institute",    "Foundation",   "Museum",
      "Centre",     "Center",    "Hall",         "Stadium",      "Park",         "Bridge",
      "Station",    "Region",    "Province",     "State",        "States",       "City",
      "County",     "District",  "Republic",     "Kingdom",      "Island",       "Islands",
      "Sea",        "Ocean",     "River",        "Gulf",         "Mountains",    "Valley",
      "America",    "Africa",    "Asia",         "Europe",       "East",         "West",
      "North",      "South",     "Latin",        "Central",      "Middle",       "United",
      "New",        "Saint",     "St",           "Day",          "Eve",          "Easter",
      "Christmas",  "Monday",    "Tuesday",      "Wednesday",    "Thursday",     "Friday",
      "Saturday",   "Sunday",    "January",      "February",     "March",        "April",
      "May",        "June",      "July",         "August",       "September",    "October",
      "November",   "December",  "Democratic",   "Liberal",      "Conservative", "Labour",
      "Social",     "Socialist", "Republican",   "National",     "Federal",      "International",
      "Supreme",    "General",   "Prime",        "Minister",     "President",    "Vice",
      "Security",   "Defence",   "Defense",      "Foreign",      "Home",         "Interior",
      "Treasury",   "Health",    "Organization", "Organisation", "Nations",      "World",
      "Summit",     "Games",     "Cup",          "Olympic",      "Olympics",     "War",
      "Crisis",     "Affairs",   "Police",       "Maritime",     "Air",          "Military"};
  return kWords.count(word) > 0;
}

bool is_capitalised(const Token& t) {
  return t.kind == TokenKind::kWord && !t.key.empty() && is_ascii_upper(t.key[0]);
}

const Mention* mention_covering(const std::vector<const Mention*>& mentions, const Token& t) {
  for (const Mention* m : mentions)
    if (m->begin <= t.begin && t.end <= m->end) return m;
  return nullptr;
}

bool refers_to_person(const Mention& m, const KnowledgeBase& kb) {
  if (m.kind != MentionKind::kEntity) return false;
  return std::any_of(m.refs.begin(), m.refs.end(), [&](const NameRef& r) {
    return kb.entities()[r.entity].type == EntityType::kPerson;
  });
}

// What may show that a stretch of text speaks of someone other than the people at hand.
struct OtherPeopleCues {
  bool named = true;          // another person the records know
  bool nouns = true;          // a person noun ("a man", "his wife")
  bool unknown_names = true;  // two or more capitalised words in a row that no recogniser took
                              // and that name no institution or place ("Tetsuya Yamagami")
};

// Why text[begin, end) may speak of someone other than `people` (entity indices), by `cues`, or
// empty. `sentence_begin`: a capital there starts the sentence and proves nothing.
std::string someone_else_in(const CheckContext& ctx, std::size_t begin, std::size_t end,
                            std::size_t sentence_begin, const std::vector<const Mention*>& mentions,
                            const std::vector<std::size_t>& people, OtherPeopleCues cues) {
  if (ctx.text.empty() || begin >= end || end > ctx.text.size()) return {};
  for (const Mention* m : mentions) {
    if (!cues.named || m->begin < begin || m->end > end || m->kind != MentionKind::kEntity)
      continue;
    for (const NameRef& r : m->refs) {
      const Entity& e = ctx.kb.entities()[r.entity];
      if (e.type == EntityType::kPerson &&
          std::find(people.begin(), people.end(), r.entity) == people.end())
        return e.name + " is also named there";
    }
  }
  std::vector<Token> tokens = tokenize(ctx.text, begin, end);
  // A sentence's subject may be a name alone ("Yamagami told police ..."): a capitalised first
  // word that no recogniser took and that is no common word.
  if (cues.unknown_names && begin == sentence_begin && !tokens.empty() &&
      is_capitalised(tokens[0]) && !mention_covering(mentions, tokens[0]) &&
      !is_sentence_opener(tokens[0].key))
    return "'" + tokens[0].key + "' may name someone the records do not know";
  std::size_t run = 0;
  bool run_is_name = true;
  for (std::size_t i = 0; i <= tokens.size(); ++i) {
    bool in_run = i < tokens.size() && is_capitalised(tokens[i]) &&
                  tokens[i].begin != sentence_begin && !mention_covering(mentions, tokens[i]);
    if (in_run) {
      ++run;
      if (is_non_person_name_word(tokens[i].key)) run_is_name = false;
      continue;
    }
    if (cues.unknown_names && run >= 2 && run_is_name)
      return "'" + tokens[i - 1].key + "' may name someone the records do not know";
    run = 0;
    run_is_name = true;
    if (cues.nouns && i < tokens.size() && tokens[i].kind == TokenKind::kWord &&
        !mention_covering(mentions, tokens[i]) && is_person_noun(to_lower_ascii(tokens[i].key)))
      return "'" + tokens[i].key + "' may be whom the age is about";
  }
  return {};
}

// How many sentences before a second reference ("The 68-year-old", "He") may name whom it
// means: the one before, and one more for a sentence about someone else in between ("Abe was
// shot. Kishida condemned the attack. The 67-year-old died hours later.").
constexpr std::size_t kReferenceWindow = 2;

// The people a second reference may mean: those the records know named in the sentences of the
// window before it or earlier in its own sentence. Empty, with `*note`, when there are none or
// someone else may be meant.
std::vector<std::size_t> named_before(const Claim& claim, const CheckContext& ctx,
                                      std::string* note) {
  std::vector<Sentence> window;
  for (const Sentence& s : split_sentences(ctx.text))
    if (s.end <= claim.sentence_begin) window.push_back(s);
  if (window.size() > kReferenceWindow)
    window.erase(window.begin(), window.end() - static_cast<std::ptrdiff_t>(kReferenceWindow));
  std::vector<const Mention*> before;  // the window's, and the claim's sentence's up to the match
  if (!window.empty() && ctx.earlier_mentions)
    for (const Mention& m : *ctx.earlier_mentions)
      if (m.begin >= window.front().begin && m.end <= window.back().end) before.push_back(&m);
  std::vector<const Mention*> all = before;
  if (claim.sentence)
    for (const Mention& m : claim.sentence->items) {
      all.push_back(&m);
      if (m.end <= claim.match_begin) before.push_back(&m);
    }

  std::vector<std::size_t> people;
  for (const Mention* m : before) {
    if (!refers_to_person(*m, ctx.kb)) continue;
    for (const NameRef& r : m->refs)
      if (ctx.kb.entities()[r.entity].type == EntityType::kPerson &&
          std::find(people.begin(), people.end(), r.entity) == people.end())
        people.push_back(r.entity);
  }
  if (people.empty()) {
    *note = "no person in the records is named just before the reference";
    return {};
  }
  // Anyone else named or described before the reference may be meant; after it, only a name
  // ("The 20-year-old, identified as Thomas Crooks,") says so: a person noun there is usually
  // someone the reference's own sentence acts on ("collapsed after a man fired at him").
  std::string other;
  for (const Sentence& s : window)
    if (other.empty()) other = someone_else_in(ctx, s.begin, s.end, s.begin, all, people, {});
  if (other.empty())
    other = someone_else_in(ctx, claim.sentence_begin, claim.match_begin, claim.sentence_begin, all,
                            people, {});
  if (other.empty())
    other = someone_else_in(ctx, claim.match_end, claim.sentence_end, claim.sentence_begin, all,
                            people, {false, false, true});
  if (!other.empty()) {
    *note = "the reference may mean someone else: " + other;
    return {};
  }
  return people;
}

// Ordinals ("70th") state a birthday, not an age.
bool is_ordinal(const std::string& text) {
  if (text.size() < 3) return false;
  std::string tail = to_lower_ascii(text.substr(text.size() - 2));
  return is_ascii_digit(text[text.size() - 3]) &&
         (tail == "st" || tail == "nd" || tail == "rd" || tail == "th");
}

// The day someone born on `born` turns `years` (28 February for 29 February in other years).
// Nullopt past the calendar's end.
std::optional<Day> anniversary(Day born, int years) {
  long long year = static_cast<long long>(born.year()) + years;
  if (year < kFirstYear || year > kLastYear) return std::nullopt;
  int day = std::min<int>(born.day(), boost::gregorian::gregorian_calendar::end_of_month_day(
                                          static_cast<unsigned short>(year), born.month()));
  return make_day(year, born.month(), day);
}

std::string age_range(int youngest, int oldest, const char* joiner) {
  return youngest == oldest ? std::to_string(youngest)
                            : std::to_string(youngest) + joiner + std::to_string(oldest);
}

bool fills_slot(const Claim& claim, const Mention& m) {
  return std::any_of(claim.slots.begin(), claim.slots.end(),
                     [&](const auto& slot) { return slot.second.mention == &m; });
}

// The time an age is stated for: the claim's time (claim_time.h), except that a date before
// the claim that only bounds a span ("Putin, who has ruled since 2000, is 72") leaves it at
// the publication date.
std::optional<ClaimTime> age_time(const Claim& claim, const CheckContext& ctx) {
  std::optional<ClaimTime> when = claim_time(claim, ctx);
  if (!when || !when->from_sentence || !claim.sentence || !ctx.published) return when;
  for (const Mention& m : claim.sentence->items) {
    if (m.kind != MentionKind::kTime || !m.time.period || fills_slot(claim, m)) continue;
    if (m.begin < claim.begin && !m.time.signal.empty()) {
      if (auto day = day_span(*ctx.published)) return ClaimTime{*day, false};
      return std::nullopt;
    }
    break;
  }
  return when;
}

// The dates a claim's sentence names besides its own slots: an age may be stated for one of
// them ("Elizabeth, 25, came to the throne in 1952").
std::vector<Period> sentence_dates(const Claim& claim) {
  std::vector<Period> out;
  if (!claim.sentence) return out;
  for (const Mention& m : claim.sentence->items)
    if (m.kind == MentionKind::kTime && m.time.period && m.time.type == "DATE" &&
        !fills_slot(claim, m))
      out.push_back(*m.time.period);
  return out;
}

// Whom a claim is about (entity indices): its {person} slot, unless someone else is named or
// described between it and the stated value; without the slot, the people a second reference
// may mean. Empty, with `*note`, when unsure.
std::vector<std::size_t> people_of(const Claim& claim, const CheckContext& ctx,
                                   const SlotValue& value, std::string* note) {
  const SlotValue* person_slot = claim.slot("person");
  if (!person_slot) return named_before(claim, ctx, note);
  std::vector<std::size_t> people;
  for (const NameRef& ref : person_slot->mention->refs) people.push_back(ref.entity);
  std::vector<const Mention*> mentions;
  if (claim.sentence)
    for (const Mention& m : claim.sentence->items) mentions.push_back(&m);
  std::size_t gap_begin = std::min(person_slot->end, value.end);
  std::size_t gap_end = std::max(person_slot->begin, value.begin);
  std::string other = someone_else_in(ctx, gap_begin, gap_end, claim.sentence_begin, mentions,
                                      people, {true, true, false});
  if (!other.empty()) {
    *note = "the claim may be about someone else: " + other;
    return {};
  }
  return people;
}

// The period a {date} slot states, when the copy gives it outright; a date resolved against the
// publication date ("in June") is not trusted for a birth date decades before.
std::optional<Period> stated_period(const SlotValue* date, bool allow_relative) {
  if (!date || !date->mention || date->mention->kind != MentionKind::kTime) return std::nullopt;
  const TimeExpression& t = date->mention->time;
  if (!t.period || t.type != "DATE" || (t.relative && !allow_relative)) return std::nullopt;
  return t.period;
}

class AgeCheck final : public ClaimCheck {
 public:
  AgeCheck(bool approximate, AgeAt at, std::string message)
      : approximate_(approximate), at_(at), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    if (at_ == AgeAt::kBirth) return assess_birth_date(claim, ctx);
    Assessment a;
    const SlotValue* person_slot = claim.slot("person");
    const SlotValue* number = claim.slot("number");
    if (!number || !number->mention || (person_slot && !person_slot->mention)) {
      a.note = "no person or age";
      return a;
    }
    double value = number->mention->number;
    if (value < 1 || value > 130 || value != std::floor(value) ||
        (at_ != AgeAt::kBirthday && is_ordinal(number->text))) {
      a.note = "not an age";
      return a;
    }
    int stated = static_cast<int>(value);
    a.found = std::to_string(stated);

    std::vector<std::size_t> people = people_of(claim, ctx, *number, &a.note);
    if (people.empty()) return a;

    std::optional<Period> birthday_period;
    if (at_ == AgeAt::kBirthday) {
      const SlotValue* date = claim.slot("date");
      if (!date || !date->mention || date->mention->kind != MentionKind::kTime ||
          !date->mention->time.period) {
        a.note = "no date for the birthday";
        return a;
      }
      birthday_period = *date->mention->time.period;
      // The rules speak of a birthday past ("turned"); a later one is a misread date.
      if (ctx.published && birthday_period->begin() > *ctx.published) {
        a.note = "the birthday is dated after publication";
        return a;
      }
    }
    std::optional<ClaimTime> when = age_time(claim, ctx);
    if (when) a.judged_at = describe_claim_time(*when);
    if (at_ == AgeAt::kClaim && when && !when->from_sentence) {
      // "At the time, Johnson, 32, was an editor": the sentence tells of an earlier time it
      // does not date.
      static const RE2 kThatTime(
          R"((?i)(?:^|[^a-z])(?:at the time|at that time|back then|in those days|at that point|by then|in his youth|in her youth)(?:[^a-z]|$))");
      std::size_t before_end = std::clamp(claim.begin, claim.sentence_begin, claim.sentence_end);
      if (before_end <= ctx.text.size() &&
          RE2::PartialMatch(
              ctx.text.substr(claim.sentence_begin, before_end - claim.sentence_begin),
              kThatTime)) {
        a.note = "the sentence tells of an earlier time it does not date";
        return a;
      }
    }
    // "John Brennan, a 69-year-old Little Ferry man": someone known by home town, not the
    // namesake the records hold.
    static const RE2 kTownsperson(
        R"(^[\s-]*years?[\s-]old (?:[A-Z][\w.'\x{2019}-]* ){1,4}(?:man|woman|resident|native|boy|girl|teen|teenager|mother|father|grandmother|grandfather)\b)");
    if (number->end <= ctx.text.size() &&
        RE2::PartialMatch(ctx.text.substr(number->end, 80), kTownsperson)) {
      a.note =
          "someone described by home town (\"a 69-year-old Little Ferry man\"), not the "
          "namesake the records hold";
      return a;
    }

    std::vector<std::string> messages;
    std::set<std::string> expected;
    bool any = false;
    for (std::size_t index : people) {
      const Entity& person = ctx.kb.entities()[index];
      if (person.type != EntityType::kPerson) continue;
      if (!person.born) {
        a.note = "the records hold no birth date for " + person.name;
        return a;
      }
      // The span of days the age is stated for: death, a birthday's period, or the claim's time
      // (capped at death).
      std::optional<Period> at;
      std::string time_text;
      if (at_ == AgeAt::kDeath) {
        if (!person.died) {
          a.note = "the records hold no death date for " + person.name;
          return a;
        }
        at = person.died->period();
        time_text = "at death on " + person.died->iso();
      } else if (at_ == AgeAt::kBirthday) {
        at = birthday_period;
        if (person.died && person.died->last_day() < at->begin()) {
          a.note = person.name + " had died by the birthday the copy dates";
          return a;
        }
        time_text = (at->length().days() == 1 ? "on " : "in ") + describe_period(*at);
      } else if (when) {
        at = when->period;
        // A date before the birth is not when the age is stated ("Born in 1946, Trump beat
        // Harris, who is 60"): the age is then the one at publication.
        if (when->from_sentence && at->last() < person.born->first_day() && ctx.published)
          at = day_span(*ctx.published);
        time_text = "on " + describe_period(*at);
        if (person.died && person.died->last_day() < at->begin()) {
          at = person.died->period();
          time_text = "at death on " + person.died->iso();
        }
      }
      if (!at) {
        a.note = "no publication date";
        return a;
      }
      int slack = approximate_ ? 1 : 0;
      Evidence ev{person.id, "born " + person.born->iso(), person.primary_source(),
                  person.position_of("born")};
      bool agrees = false;
      int youngest = 0;
      int oldest = 0;
      if (at_ == AgeAt::kBirthday) {
        // Turned the stated age within the period: that birthday falls in it.
        auto first = anniversary(person.born->first_day(), stated);
        auto last = anniversary(person.born->last_day(), stated);
        auto birthdays = first && last ? inclusive_period(*first, *last) : std::nullopt;
        agrees = birthdays && birthdays->intersects(*at);
        youngest = std::max(0, at->begin().year() - person.born->last_day().year());
        oldest = at->last().year() - person.born->first_day().year();
      } else {
        youngest = std::max(0, years_between(person.born->last_day(), at->begin()));
        oldest = years_between(person.born->first_day(), at->last());
        agrees = stated >= youngest - slack && stated <= oldest + slack;
        // Another time the age may be stated for: agreeing with any of them is agreeing.
        if (!agrees && at_ == AgeAt::kClaim) {
          std::vector<Period> others = sentence_dates(claim);
          // Beside a date of other events news gives the age of the day, or at death ("Walter
          // Mondale, 93, the 1984 nominee" in a year's obituaries).
          if (when && when->from_sentence && ctx.published) {
            if (person.died && person.died->last_day() < *ctx.published)
              others.push_back(person.died->period());
            else if (std::optional<Period> today = day_span(*ctx.published))
              others.push_back(*today);
          }
          for (const Period& p : others) {
            int young = std::max(0, years_between(person.born->last_day(), p.begin()));
            int old = years_between(person.born->first_day(), p.last());
            if (stated >= young - slack && stated <= old + slack) {
              agrees = true;
              youngest = young;
              oldest = old;
              break;
            }
          }
        }
      }
      any = true;
      if (agrees) {
        a.verdict = Verdict::kConsistent;
        a.subject = person.id;
        a.expected = age_range(youngest, oldest, "-");
        a.evidence = {ev};
        a.note.clear();
        return a;
      }
      std::string age = age_range(youngest, oldest, " or ");
      a.subject = person.id;
      if (expected.insert(age).second) a.expected += (a.expected.empty() ? "" : " or ") + age;
      a.evidence.push_back(ev);
      std::map<std::string, std::string> vars = {{"person.name", person.name},
                                                 {"person.id", person.id},
                                                 {"fact.born", person.born->iso()},
                                                 {"fact.age", age},
                                                 {"time", time_text},
                                                 {"number.text", number->text}};
      messages.push_back(render_template(message_, vars));
    }
    if (!any) {
      a.note = "no person in the records";
      return a;
    }
    return conclude_contradicted(std::move(a), claim, messages);
  }

 private:
  // "Putin, born on October 7, 1952," / "Born in 1952, Putin ...": the stated date must meet
  // the recorded birth date.
  Assessment assess_birth_date(const Claim& claim, const CheckContext& ctx) const {
    Assessment a;
    const SlotValue* person_slot = claim.slot("person");
    const SlotValue* date = claim.slot("date");
    std::optional<Period> stated = stated_period(date, false);
    if (!stated || (person_slot && !person_slot->mention)) {
      a.note = "no birth date the copy gives outright";
      return a;
    }
    a.found = describe_period(*stated);
    std::vector<std::size_t> people = people_of(claim, ctx, *date, &a.note);
    if (people.empty()) return a;
    std::vector<std::string> messages;
    bool any = false;
    for (std::size_t index : people) {
      const Entity& person = ctx.kb.entities()[index];
      if (person.type != EntityType::kPerson) continue;
      if (!person.born) {
        a.note = "the records hold no birth date for " + person.name;
        return a;
      }
      any = true;
      Evidence ev{person.id, "born " + person.born->iso(), person.primary_source(),
                  person.position_of("born")};
      a.subject = person.id;
      if (person.born->period().intersects(*stated)) {
        a.verdict = Verdict::kConsistent;
        a.expected = person.born->iso();
        a.evidence = {ev};
        a.note.clear();
        return a;
      }
      a.expected += (a.expected.empty() ? "" : " or ") + person.born->iso();
      a.evidence.push_back(ev);
      messages.push_back(render_template(message_, {{"person.name", person.name},
                                                    {"person.id", person.id},
                                                    {"fact.born", person.born->iso()},
                                                    {"date.text", date->text}}));
    }
    if (!any) {
      a.note = "no person in the records";
      return a;
    }
    return conclude_contradicted(std::move(a), claim, messages);
  }

  bool approximate_;
  AgeAt at_;
  std::string message_;
};

bool parse_flag(const std::string& value, bool* out) {
  if (value == "true" || value == "false") {
    *out = value == "true";
    return true;
  }
  return false;
}

class AgeCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "age"; }
  // {person} is optional: without it the age is a second reference (see the file comment).
  // {number} is the age, except in a birth-date rule (`at: birth`, {date} and `report: date`):
  // the loader then asks for the slot the finding points at.
  std::vector<std::string> required_slots() const override { return {}; }
  std::string default_report_slot() const override { return "number"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    bool approximate = false;
    AgeAt at = AgeAt::kClaim;
    for (const auto& [key, value] : options) {
      if (key == "approximate") {
        if (!parse_flag(value, &approximate)) {
          *error = "approximate must be true or false for age";
          return nullptr;
        }
      } else if (key == "at") {
        if (value == "claim") {
          at = AgeAt::kClaim;
        } else if (value == "death") {
          at = AgeAt::kDeath;
        } else if (value == "birthday") {
          at = AgeAt::kBirthday;
        } else if (value == "birth") {
          at = AgeAt::kBirth;
        } else {
          *error = "unknown at '" + value + "' for age (expected claim, death, birthday or birth)";
          return nullptr;
        }
      } else {
        *error = "unknown check option '" + key + "' for age (expected approximate, at)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed =
        at == AgeAt::kBirth
            ? std::set<std::string>{"person.name", "person.id", "fact.born", "date.text"}
            : std::set<std::string>{"person.name", "person.id", "fact.born",
                                    "fact.age",    "time",      "number.text"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for age";
        return nullptr;
      }
    }
    return std::make_unique<AgeCheck>(approximate, at, message_template);
  }
};

}  // namespace

const CheckKind& age_check_kind() {
  static const AgeCheckKind kKind;
  return kKind;
}

}  // namespace factlint
