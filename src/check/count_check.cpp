// count: how many an event killed, with the qualifiers news puts on numbers.
//
// "All 283 passengers and crew were killed" about MH17 (298): the event is named in the
// sentence, or it is the latest event the article named that the sentence's words point at
// ("the crash", "passengers and crew" -> a crash; a date equal to the event's day), or an event
// the sentence describes without naming: where or whom it struck (a place, country or
// participant named in the sentence; with its kind, a participant named earlier) and its day (a
// date in the sentence, or an anniversary: "marked one year since") or its kind ("an
// assassination attempt", "a gunman"). Only events whose toll is settled are compared:
// single-day events and events that ended; a war's toll grows while it lasts.
//
// The words after the number say what it counts. "people", "victims" or none ("killing 51 in
// ...") are the whole toll; "passengers and crew", "people on board" are everyone aboard, the
// whole toll of a crash; any other noun or a nationality ("50 worshippers", "15 American
// troops", "two spectators") is a group of the dead, compared only with the event's
// `deaths_among` count for that group, never with the whole toll (which it may only not exceed).
// The qualifier ("more than", "nearly", "about") turns the stated number into the range of true
// values it allows; a round number from 100 up without one stands for its rounding ("290"
// covers 285..294); the claim is consistent when that range meets the recorded {min, max}.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <set>
#include <sstream>

#include <re2/re2.h>

#include "check/check.h"
#include "check/discourse.h"
#include "core/text.h"

namespace factlint {

namespace {

struct Range {
  double lo;
  double hi;
};

// The rounding unit of a stated number: 290 -> 10, 4,000 -> 1000, 283 -> 1. Tolls under a
// hundred are stated exactly ("killed 50" is not 51).
double rounding_unit(double n) {
  double unit = 1;
  if (n < 100) return unit;
  while (n >= unit * 10 && std::fmod(n, unit * 10) == 0) unit *= 10;
  return unit;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

bool starts_with(const std::string& s, std::string_view head) {
  return s.compare(0, head.size(), head) == 0 && (s.size() == head.size() || s[head.size()] == ' ');
}

template <typename T>
bool contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// The true values a stated number allows, given the words before it; `*qualifier` is set to
// the qualifier read ("more than"), if any.
Range allowed_values(double n, const std::string& before, std::string* qualifier) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  double unit = rounding_unit(n);
  double approx = std::max(unit / 2, n * 0.1);
  for (std::string_view q : {"more than", "over", "upwards of", "in excess of"})
    if (ends_with(before, q)) return *qualifier = q, Range{n, kInf};
  if (ends_with(before, "at least")) return *qualifier = "at least", Range{n, kInf};
  for (std::string_view q : {"nearly", "almost", "close to", "just under", "nearing"})
    if (ends_with(before, q)) return *qualifier = q, Range{n * 0.85, n};
  for (std::string_view q : {"fewer than", "less than", "under", "up to", "at most"})
    if (ends_with(before, q)) return *qualifier = q, Range{0, n};
  for (std::string_view q : {"about", "some", "roughly", "around", "approximately", "an estimated",
                             "estimated", "nearly all", "some of the"})
    if (ends_with(before, q)) return *qualifier = q, Range{n - approx, n + approx};
  return {n - unit / 2, n + unit / 2 - (unit > 1 ? 1 : 0)};
}

// What a number counts: a nationality right after it ("15 American troops"), the words of the
// noun phrase up to the first punctuation ("worshippers at two mosques in christchurch"), and
// where they died when the phrase says so right after the noun ("6,000 people in Syria": the
// ids of that place or country; "44 at Al Noor Mosque": a place the records do not know).
struct Counted {
  std::vector<std::string> countries;
  std::vector<std::string> words;
  std::vector<std::string> where;
  bool at_site = false;

  std::string joined() const {
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
  }
};

bool only_space(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n'; });
}

// Words that cannot be the counted noun: after a nationality they mean the nationality itself
// is the noun ("13 Americans were killed"); alone they leave the number to mean the dead.
bool is_function_word(const std::string& w) {
  static const std::set<std::string> kWords = {
      "",     "were",   "was",   "are",       "is",    "had",    "have",   "has",
      "died", "killed", "and",   "in",        "at",    "on",     "who",    "among",
      "as",   "when",   "after", "including", "while", "during", "across", "before"};
  return kWords.count(w) > 0;
}

Counted read_counted(const Claim& claim, const CheckContext& ctx, const SlotValue& number) {
  Counted c;
  std::size_t offset = number.end;
  const Mention* nationality = nullptr;
  if (claim.sentence) {
    for (const Mention& m : claim.sentence->items) {
      if (m.begin < number.end) continue;
      if (m.kind == MentionKind::kEntity && m.begin <= ctx.text.size() &&
          only_space(ctx.text.substr(number.end, m.begin - number.end)))
        nationality = &m;
      break;
    }
  }
  if (nationality) {
    for (const NameRef& r : nationality->refs)
      if (ctx.kb.entities()[r.entity].type == EntityType::kCountry)
        c.countries.push_back(ctx.kb.entities()[r.entity].id);
    if (!c.countries.empty()) offset = nationality->end;
  }
  std::istringstream in(words_after(claim, ctx, offset, 8));
  std::string word;
  while (in >> word) {
    std::size_t cut = word.find_first_of(",;:.!?)\"");
    bool last = cut != std::string::npos;
    if (last) word.erase(cut);
    if (!word.empty() || c.words.empty()) c.words.push_back(word);
    if (last) break;
  }
  if (!c.countries.empty() && (c.words.empty() || is_function_word(c.words.front())))
    c.words = {"people"};
  // "people in Syria", "44 at Al Noor Mosque": the dead of one place among those of an event.
  static const RE2 kWhere(R"(^\s*(?:[A-Za-z'-]+\s+)?(?:in|at|across)\s+(?:the\s+)?)");
  std::string_view rest =
      ctx.text.substr(offset, std::min<std::size_t>(claim.sentence_end, ctx.text.size()) - offset);
  re2::StringPiece input(rest.data(), rest.size());
  if (RE2::Consume(&input, kWhere) && !input.empty()) {
    std::size_t at = offset + static_cast<std::size_t>(input.data() - rest.data());
    const Mention* place = nullptr;
    if (claim.sentence)
      for (const Mention& m : claim.sentence->items)
        if (m.begin == at && m.kind == MentionKind::kEntity) place = &m;
    if (place) {
      for (const NameRef& r : place->refs) c.where.push_back(ctx.kb.entities()[r.entity].id);
    } else {
      c.at_site = std::isupper(static_cast<unsigned char>(input[0])) != 0;
    }
  }
  return c;
}

// Everyone aboard ("passengers and crew"): the whole toll of a crash in which no one on the
// ground died.
bool counts_aboard(const std::string& phrase) {
  for (std::string_view p : {"passengers and crew", "people on board", "people aboard",
                             "persons on board", "persons aboard", "on board", "aboard",
                             "occupants", "people on the plane", "people on the flight"})
    if (starts_with(phrase, p)) return true;
  return false;
}

// All the dead: "people", "victims", or no noun at all ("killing 51 in Christchurch").
bool counts_all(const Counted& c) {
  if (!c.countries.empty()) return false;
  if (c.words.empty()) return true;
  const std::string& head = c.words.front();
  if (is_function_word(head)) return !starts_with(c.joined(), "on the ground");
  static const std::set<std::string> kAll = {"people", "persons", "lives",     "victims",
                                             "dead",   "deaths",  "fatalities"};
  // "people on the ground", "people from Britain", "people inside": a part of the dead.
  static const std::set<std::string> kPart = {"on",   "aboard", "inside", "outside",
                                              "from", "of",     "among"};
  return kAll.count(head) && (c.words.size() < 2 || !kPart.count(c.words[1]));
}

bool group_matches(const GroupCount& g, const Counted& c) {
  if (!c.countries.empty() && (g.country.empty() || !contains(c.countries, g.country)))
    return false;
  for (const std::string& noun : g.nouns) {
    std::istringstream in(noun);
    std::vector<std::string> parts;
    for (std::string w; in >> w;) parts.push_back(w);
    if (parts.empty() || parts.size() > c.words.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < parts.size() && same; ++i)
      same = descriptor_key(parts[i]) == descriptor_key(c.words[i]);
    if (same) return true;
  }
  return false;
}

// Countries an event took place in, through its places.
std::vector<std::string> event_countries(const Entity& e, const KnowledgeBase& kb) {
  std::vector<std::string> out;
  for (const std::string& id : e.location) {
    const Entity* where = kb.find(id);
    std::string country = where && where->type == EntityType::kPlace ? where->country : id;
    if (!contains(out, country)) out.push_back(country);
  }
  return out;
}

// A count the records hold for the counted people of an event: a group's, or the whole toll.
struct Record {
  CountRange count;
  const GroupCount* group = nullptr;
};

// What the records say about the counted people of `e`; nullopt when they do not count them.
// `*part` is set when the number counts a part of the dead (a group), not all of them.
std::optional<Record> recorded(const Entity& e, const Counted& c, const KnowledgeBase& kb,
                               bool* part) {
  bool aboard = counts_aboard(c.joined());
  for (const GroupCount& g : e.deaths_among) {
    // "passengers and crew" is everyone aboard, not the group "passengers".
    bool of_aboard = std::any_of(g.nouns.begin(), g.nouns.end(),
                                 [](const std::string& n) { return counts_aboard(n); });
    if (group_matches(g, c) && (!aboard || of_aboard)) {
      *part = true;
      return Record{g.count, &g};
    }
  }
  *part = aboard ? e.category != "crash" : !counts_all(c);
  if (*part || !e.deaths) return std::nullopt;
  if (c.at_site) return std::nullopt;
  if (!c.where.empty()) {
    // The whole toll only when the place named is all the event struck: its one country, or its
    // one place ("2,753 people in New York" is a part of the September 11 attacks).
    std::vector<std::string> countries = event_countries(e, kb);
    std::vector<std::string> places;
    for (const std::string& id : e.location)
      if (const Entity* p = kb.find(id); p && p->type == EntityType::kPlace) places.push_back(id);
    bool whole = std::any_of(c.where.begin(), c.where.end(), [&](const std::string& id) {
      return (countries.size() == 1 && countries.front() == id) ||
             (places.size() == 1 && places.front() == id);
    });
    if (!whole) return std::nullopt;
  }
  return Record{*e.deaths, nullptr};
}

// A number of the dead counted up to now rather than an event's toll.
enum class Tally {
  kNone,
  kSoFar,  // "have died", "have been killed", "so far": to date, of something maybe ongoing
  kSince,  // "since the invasion": the dead of the time after an event, not the event's
};

Tally read_tally(const Claim& claim, const CheckContext& ctx, const SlotValue& number) {
  std::string after = words_after(claim, ctx, number.end, 8);
  after = after.substr(0, std::min(after.find_first_of(",;."), after.size()));
  after = " " + after + " ";
  if (after.find(" since ") != std::string::npos) return Tally::kSince;
  for (std::string_view so_far :
       {" have died ", " have been killed ", " have now died ", " have lost their lives ",
        " have perished ", " so far ", " to date ", " thus far "})
    if (after.find(so_far) != std::string::npos) return Tally::kSoFar;
  return Tally::kNone;
}

bool settled_toll(const Entity& e) {
  return e.type == EntityType::kEvent && (e.deaths || !e.deaths_among.empty()) && (e.date || e.end);
}

// The event category a sentence's words point at, for a toll that names no event.
std::string implied_category(const std::string& sentence_words) {
  for (std::string_view w :
       {"passengers", "crew", "on board", "aboard", "plane", "jet", "airliner", "flight"})
    if (sentence_words.find(w) != std::string::npos) return "crash";
  return "";
}

bool has_word(const std::string& text, const std::string& phrase) {
  for (std::size_t at = text.find(phrase); at != std::string::npos;
       at = text.find(phrase, at + 1)) {
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
    std::size_t end = at + phrase.size();
    if (end < text.size() && text[end] == 's') ++end;  // a plural
    bool ends = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
    if (starts && ends) return true;
  }
  return false;
}

// True when `clause` names a kind of event that is none of `e`'s descriptors ("killed in a
// crash" next to an assassination attempt): the count is then another event's.
bool names_other_kind(const std::string& clause, const Entity& e) {
  // Specific kinds only: "opened fire", "the incident", "the war" are said of any event.
  static const std::vector<std::string> kKinds = {
      "crash",      "collision", "accident",  "attack",     "bombing",  "blast",  "explosion",
      "shooting",   "stabbing",  "airstrike", "air strike", "raid",     "ambush", "clash",
      "earthquake", "quake",     "flood",     "storm",      "stampede", "riot",   "massacre"};
  for (const std::string& kind : kKinds) {
    if (!has_word(clause, kind)) continue;
    if (!has_descriptor(e, kind) && !(kind == "crash" && e.category == "crash") &&
        !(kind == "attack" && e.category == "attack"))
      return true;
  }
  return false;
}

// The days a sentence points at: its dates of one day, and the day an anniversary counts from
// ("marked one year since", "three months after"), from the publication date.
std::vector<Period> sentence_days(const Claim& claim, const CheckContext& ctx) {
  std::vector<Period> out;
  if (!claim.sentence) return out;
  for (const Mention& m : claim.sentence->items) {
    if (m.kind != MentionKind::kTime) continue;
    if (m.time.period && m.time.period->length().days() == 1) out.push_back(*m.time.period);
    std::string next = words_after(claim, ctx, m.end, 1);
    if (m.time.grain != TimeGrain::kDuration || !m.time.mod.empty() || !ctx.published ||
        (next != "since" && next != "after"))
      continue;
    int amount = 0;
    char unit = 0;
    std::istringstream value(m.time.value);
    char p = 0;
    if (!(value >> p >> amount >> unit) || p != 'P' || amount <= 0) continue;
    std::optional<Day> day;
    if (unit == 'Y')
      day = add_years(*ctx.published, -static_cast<long long>(amount));
    else if (unit == 'M')
      day = add_months(*ctx.published, -static_cast<long long>(amount));
    if (!day) continue;  // another unit, or before the calendar: no day to compare
    // Commemorations are reported on the day or within the week after it.
    auto from = add_days(*day, -7);
    auto to = add_days(*day, 1);
    if (from && to)
      if (auto window = inclusive_period(*from, *to)) out.push_back(*window);
  }
  return out;
}

class CountCheck final : public ClaimCheck {
 public:
  explicit CountCheck(std::string message) : message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* number = claim.slot("number");
    if (!number || !number->mention || number->mention->kind != MentionKind::kNumber) {
      a.note = "no number";
      return a;
    }
    std::optional<std::size_t> named_at;
    std::vector<const Entity*> events = candidates(claim, ctx, &named_at);
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    if (events.empty()) {
      a.note = "no event with a settled death toll named or referred to";
      return a;
    }
    // "34,000 people have died since the invasion", "where 26,000 have been killed": a tally
    // of the dead so far, of what followed an event or of something ongoing, not the toll of
    // an event the sentence only points at or names before it ("50 have been killed in the
    // Christchurch shootings" is that event's toll).
    Tally tally = read_tally(claim, ctx, *number);
    if (tally == Tally::kSince ||
        (tally == Tally::kSoFar && (!named_at || *named_at < number->begin))) {
      a.note = "a tally of the dead so far, not the toll of " + events.front()->name;
      return a;
    }
    Counted counted = read_counted(claim, ctx, *number);
    double n = number->mention->number;
    std::string before = words_before(claim, ctx, number->begin, 3);
    // "killed or wounded", "injured and killed": the dead are only a part of the number.
    std::string verb_before = words_before(claim, ctx, claim.match_begin, 2);
    std::string verb_after = words_after(claim, ctx, claim.match_end, 2);
    bool with_wounded = starts_with(verb_after, "or");
    for (std::string hurt : {"wounded", "injured", "hurt"})
      with_wounded = with_wounded || starts_with(verb_after, "and " + hurt) ||
                     verb_before == hurt + " or" || verb_before == hurt + " and";
    if (with_wounded) {
      a.note = "a count of the dead and the wounded together";
      return a;
    }
    // "Three of the 15 passengers were killed": 15 is the whole the part is taken from.
    if ((before == "of the" || ends_with(before, " of the")) && !ends_with(before, "all of the") &&
        !ends_with(before, "lives of the")) {
      a.note = "a count of the people a part was taken from";
      return a;
    }
    std::string qualifier;
    Range allowed = allowed_values(n, before, &qualifier);
    a.found = qualifier.empty() ? number->text : qualifier + " " + number->text;
    // "killed 25 people, including a pregnant woman whose unborn baby also died": the
    // sentence counts further dead besides the number, which is then only a floor.
    std::string rest = words_after(claim, ctx, number->end, 40);
    for (std::string also : {"also died", "also killed", "also perished", "also among the dead"})
      if (rest.find(also) != std::string::npos)
        allowed.hi = std::numeric_limits<double>::infinity();
    // Per candidate: the record it contradicts; none when one agrees or is not known.
    std::vector<std::pair<const Entity*, Record>> contradicting;
    bool unknown = false;
    bool rising = false;  // a candidate's count was below its final toll, within a month
    for (const Entity* e : events) {
      bool part = false;
      std::optional<Record> r = recorded(*e, counted, ctx.kb, &part);
      if (!r && part && e->deaths && allowed.lo > static_cast<double>(e->deaths->max)) {
        contradicting.emplace_back(e, Record{*e->deaths, nullptr});  // more than all the dead
        continue;
      }
      if (!r) {
        unknown = true;
        continue;
      }
      // News often says "passengers" of everyone aboard a crash: either reading agrees.
      std::vector<Record> readings = {*r};
      if (r->group && e->deaths && e->category == "crash" && counted.words.size() >= 1 &&
          counted.words.front() == "passengers" && counted.countries.empty())
        readings.push_back(Record{*e->deaths, nullptr});
      for (const Record& reading : readings) {
        const CountRange& d = reading.count;
        if (allowed.lo <= static_cast<double>(d.max) && static_cast<double>(d.min) <= allowed.hi) {
          a.verdict = Verdict::kConsistent;
          a.subject = e->id;
          a.expected = describe(reading);
          a.evidence = {evidence(*e, reading)};
          return a;
        }
      }
      if (still_rising(*e, *r, allowed, ctx)) {
        rising = true;
        continue;
      }
      contradicting.emplace_back(e, *r);
    }
    if (rising && contradicting.empty()) {
      a.note = "a toll reported within a month of the event, while the count was still rising";
      return a;
    }
    if (unknown) {
      Counted noun = counted;
      noun.words.resize(std::min<std::size_t>(noun.words.size(), 3));
      a.note = "the records do not count the " +
               (noun.words.empty() ? std::string("dead") : noun.joined()) + " of " +
               events.front()->name;
      return a;
    }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.subject = events.front()->id;
    std::vector<std::string> messages;
    for (const auto& [e, r] : contradicting) {
      a.expected += (a.expected.empty() ? "" : " or ") + describe(r);
      messages.push_back(render_template(message_, {{"event.name", e->name},
                                                    {"event.id", e->id},
                                                    {"fact.deaths", describe(r)},
                                                    {"number.text", a.found}}));
      a.evidence.push_back(evidence(*e, r));
    }
    a.message = join_candidate_messages(messages);
    return a;
  }

 private:
  // Tolls rise for days or weeks after a disaster as the missing are found: a whole toll below
  // the final one in copy published within a month of the event's last day was the count of
  // the day ("almost 2,000" on the day of the 2023 Turkey earthquake that killed over 50,000).
  // The dead of an attack or a crash are counted within days. A group of the dead ("13 U.S.
  // service members") is counted at once.
  static bool still_rising(const Entity& event, const Record& r, const Range& allowed,
                           const CheckContext& ctx) {
    if (!ctx.published || r.group || allowed.hi >= static_cast<double>(r.count.min)) return false;
    const std::optional<FuzzyDate>& last = event.end ? event.end : event.date;
    if (!last) return false;
    long days = (*ctx.published - last->first_day()).days();
    bool counted_fast = event.category == "attack" || event.category == "crash";
    return days >= 0 && days <= (counted_fast ? kRisingDaysAttack : kRisingDays);
  }
  static constexpr long kRisingDays = 31;
  static constexpr long kRisingDaysAttack = 7;

  // "298", "1 to 2", "13 service members".
  static std::string describe(const Record& r) {
    std::string n = r.count.min == r.count.max
                        ? std::to_string(r.count.min)
                        : std::to_string(r.count.min) + " to " + std::to_string(r.count.max);
    if (!r.group) return n;
    std::string noun = r.group->nouns.front();
    if (r.count.max == 1 && !noun.empty() && noun.back() == 's') noun.pop_back();
    return n + " " + noun;
  }

  static Evidence evidence(const Entity& e, const Record& r) {
    if (r.group) return {e.id, "deaths_among " + describe(r), e.primary_source(), r.group->where};
    return {e.id, "deaths " + describe(r), e.primary_source(), e.position_of("deaths")};
  }

  // The events the count may be the toll of; `*named_at` is set to where the claim or its
  // clause names them, if it does.
  static std::vector<const Entity*> candidates(const Claim& claim, const CheckContext& ctx,
                                               std::optional<std::size_t>* named_at) {
    std::vector<const Entity*> out;
    if (const SlotValue* event = claim.slot("event"); event && event->mention) {
      for (const NameRef& r : event->mention->refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (settled_toll(e)) out.push_back(&e);
      }
      *named_at = event->begin;
      return out;
    }
    // The clause of the count says which kind of event killed them: "3 people were killed in a
    // crash" is not about the assassination attempt or the shootings the sentence also names.
    auto [clause_begin, clause_end] = clause_around(claim, ctx);
    std::string clause = to_lower_ascii(ctx.text.substr(clause_begin, clause_end - clause_begin));
    out = referred_to(claim, ctx, clause_begin, clause_end, named_at);
    // The kind that counts is the one of the count's own clause: in "the second airstrike
    // since a suicide bomber killed 13", the airstrike is another event.
    std::size_t own = clause.size();
    if (claim.match_begin > clause_begin && claim.match_begin - clause_begin <= clause.size())
      own = claim.match_begin - clause_begin;
    std::size_t cut = 0;
    for (std::string_view word : {" since ", " when ", " after ", " before ", " while ", " until "})
      if (std::size_t at = clause.rfind(word, own); at != std::string::npos && at < own)
        cut = std::max(cut, at);
    clause.erase(0, cut);
    // An event the article does not name cannot be one that happened after it was written.
    auto after_publication = [&](const Entity* e) {
      std::optional<FuzzyDate> when = e->date ? e->date : e->start;
      return ctx.published && when && when->first_day() > *ctx.published;
    };
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Entity* e) {
                               return names_other_kind(clause, *e) || after_publication(e);
                             }),
              out.end());
    return out;
  }

  // The part of the claim's sentence between semicolons that holds the claim.
  static std::pair<std::size_t, std::size_t> clause_around(const Claim& claim,
                                                           const CheckContext& ctx) {
    std::size_t end = std::min(claim.sentence_end, ctx.text.size());
    std::size_t begin = std::min(claim.sentence_begin, end);
    std::string_view sentence = ctx.text.substr(begin, end - begin);
    std::size_t at = std::min(claim.begin, end) - begin;
    std::size_t before = sentence.rfind(';', at);
    std::size_t after = sentence.find(';', at);
    return {before == std::string_view::npos ? begin : begin + before + 1,
            after == std::string_view::npos ? end : begin + after};
  }

  static std::vector<const Entity*> referred_to(const Claim& claim, const CheckContext& ctx,
                                                std::size_t clause_begin, std::size_t clause_end,
                                                std::optional<std::size_t>* named_at) {
    std::vector<const Entity*> out;
    // An event named elsewhere in the clause.
    if (claim.sentence) {
      for (const Mention& m : claim.sentence->items)
        for (const NameRef& r : m.refs)
          if (m.begin >= clause_begin && m.end <= clause_end &&
              settled_toll(ctx.kb.entities()[r.entity])) {
            out.push_back(&ctx.kb.entities()[r.entity]);
            if (!*named_at) *named_at = m.begin;
          }
      if (!out.empty()) return out;
    }
    // A descriptor in the sentence ("the crash", "the attacks"), or words right around the
    // number that imply a category ("283 passengers and crew").
    std::string sentence = words_after(claim, ctx, claim.sentence_begin, 80);
    std::string category = implied_category(words_before(claim, ctx, claim.begin, 3) + " " +
                                            words_after(claim, ctx, claim.end, 4));
    auto fits_words = [&](const Entity& e) {
      if (!settled_toll(e)) return false;
      if (!category.empty() && e.category == category) return true;
      for (const std::string& d : e.descriptors)
        if (sentence.find("the " + d) != std::string::npos) return true;
      return false;
    };
    // An event named earlier is the one meant only if it happened when the sentence says
    // ("crashed on March 21, 2022, killing all 132" is not the crash named before, of 2024),
    // unless the sentence names where it struck or whom: then the date may be the slip.
    std::vector<Period> when_told = told_periods(claim);
    auto of_another_time = [&](const Entity* e) {
      std::optional<FuzzyDate> when = e->date ? e->date : e->start;
      if (when_told.empty() || !when || names_place_or_participant(claim, ctx, *e)) return false;
      Period happened = when->period();
      return std::none_of(when_told.begin(), when_told.end(),
                          [&](const Period& p) { return near(p, happened, kToldSlackDays); });
    };
    out = latest_mentioned(claim, ctx, claim.begin, fits_words);
    out.erase(std::remove_if(out.begin(), out.end(), of_another_time), out.end());
    if (!out.empty()) return out;
    // A date in the sentence that is the day of the latest event with a toll.
    auto latest = latest_mentioned(claim, ctx, claim.begin, settled_toll);
    if (claim.sentence) {
      for (const Mention& m : claim.sentence->items) {
        if (m.kind != MentionKind::kTime || !m.time.period || m.time.period->length().days() != 1)
          continue;
        for (const Entity* e : latest)
          if (e->date && e->date->period().contains(m.time.period->begin())) out.push_back(e);
      }
    }
    if (!out.empty()) return out;
    return described(claim, ctx, sentence);
  }

  // True when the sentence names a place of `e` or a participant.
  static bool names_place_or_participant(const Claim& claim, const CheckContext& ctx,
                                         const Entity& e) {
    if (!claim.sentence) return false;
    for (const Mention& m : claim.sentence->items)
      for (const NameRef& r : m.refs) {
        const std::string& id = ctx.kb.entities()[r.entity].id;
        if (contains(e.location, id) || contains(e.participants, id)) return true;
      }
    return false;
  }

  // The periods the sentence gives (a year, a month, a day), for events of another time.
  static std::vector<Period> told_periods(const Claim& claim) {
    std::vector<Period> out;
    if (claim.sentence)
      for (const Mention& m : claim.sentence->items)
        if (m.kind == MentionKind::kTime && m.time.period) out.push_back(*m.time.period);
    return out;
  }

  // True when `a` and `b` are at most `slack` days apart.
  static bool near(const Period& a, const Period& b, long slack) {
    return (b.begin() - a.last()).days() <= slack && (a.begin() - b.last()).days() <= slack;
  }
  // How far the time a sentence tells may be from an event it means. An event found only by
  // its kind ("the crash") is frequent: a day or two (time zones, "Thursday night" for an
  // attack recorded on the Friday). One the sentence ties to a person it struck is rare: a
  // date two years off is more likely a slip than another event (as event_date's `reach`).
  static constexpr long kToldSlackDays = 2;
  static constexpr long kPersonReachDays = 731;

  // True when `e` happened in a period the sentence gives, or, when it gives none, within the
  // season before the article was written: the news it reports, and the weeks of follow-up
  // (funerals, inquiries, laws "passed after the mass shooting in Uvalde").
  static bool of_the_time(const Entity& e, const std::vector<Period>& when_told,
                          const CheckContext& ctx) {
    if (!e.date) return false;
    Period happened = e.date->period();
    if (!when_told.empty())
      return std::any_of(when_told.begin(), when_told.end(),
                         [&](const Period& p) { return p.intersects(happened); });
    if (!ctx.published) return false;
    auto season_before = add_days(*ctx.published, -kFollowUpDays);
    return season_before && happened.end() >= *season_before && happened.begin() <= *ctx.published;
  }
  static constexpr long kFollowUpDays = 92;

  // Events the sentence describes without naming them, on two independent cues.
  static std::vector<const Entity*> described(const Claim& claim, const CheckContext& ctx,
                                              const std::string& sentence) {
    std::vector<const Entity*> out;
    std::vector<Period> days = sentence_days(claim, ctx);
    std::set<std::string> named_here, named_before;
    auto collect = [&](const Mention& m, std::set<std::string>* into) {
      if (m.kind != MentionKind::kEntity) return;
      for (const NameRef& r : m.refs) into->insert(ctx.kb.entities()[r.entity].id);
      // A person's offices say where they served, not where the event struck.
      if (m.refs.empty() || ctx.kb.entities()[m.refs.front().entity].type == EntityType::kPerson)
        return;
      for (const std::string& c : countries_of(m, ctx.kb)) into->insert(c);
    };
    // The nationality of the counted ("15 American troops") says who died, not where.
    const SlotValue* number = claim.slot("number");
    // Where the sentence says it happened: the countries of the places and countries it names
    // by name ("Russian forces" says who, not where).
    std::set<std::string> countries_told;
    if (claim.sentence)
      for (const Mention& m : claim.sentence->items)
        if (!number || m.begin < number->end ||
            !only_space(ctx.text.substr(number->end, m.begin - number->end))) {
          collect(m, &named_here);
          if (m.kind != MentionKind::kEntity || m.refs.empty() ||
              m.refs.front().kind == NameKind::kDemonym)
            continue;
          EntityType type = ctx.kb.entities()[m.refs.front().entity].type;
          if (type == EntityType::kPlace || type == EntityType::kCountry)
            for (const std::string& c : countries_of(m, ctx.kb)) countries_told.insert(c);
        }
    if (ctx.earlier_mentions)
      for (const Mention& m : *ctx.earlier_mentions)
        if (m.kind == MentionKind::kEntity)
          for (const NameRef& r : m.refs)
            if (ctx.kb.entities()[r.entity].type == EntityType::kPerson)
              named_before.insert(ctx.kb.entities()[r.entity].id);
    std::vector<Period> when_told = told_periods(claim);
    bool attack_words = false;  // has_word finds plurals in -s too
    for (std::string_view w : {"gunman", "gunmen", "bomber", "bomb", "shooter", "attacker"})
      attack_words = attack_words || has_word(sentence, std::string(w));
    // The best-supported events: a third cue outweighs two.
    int best = 0;
    auto weigh = [&](const Entity& e) {
      if (!settled_toll(e) || !e.date) return;
      // What the article describes had happened by the time it was written (a 2017 review
      // naming Trump does not describe the 2024 attempt on him).
      if (ctx.published && e.date->period().begin() > *ctx.published) return;
      bool on_day = std::any_of(days.begin(), days.end(),
                                [&](const Period& p) { return p.intersects(e.date->period()); });
      bool kind = attack_words && e.category == "attack";
      for (const std::string& d : e.descriptors) kind = kind || has_word(sentence, d);
      // Where: a place of the event or a person it struck named in the sentence (strong), or
      // one of its countries (weak: a country has many shootings the records miss).
      bool place_here = false, country_here = false, whom_before = false;
      for (const std::string& id : e.location)
        if (const Entity* p = ctx.kb.find(id); p && p->type == EntityType::kPlace)
          place_here = place_here || named_here.count(id);
      bool struck_where_told = countries_told.empty();
      for (const std::string& c : event_countries(e, ctx.kb)) {
        country_here = country_here || named_here.count(c);
        struck_where_told = struck_where_told || countries_told.count(c);
      }
      for (const std::string& id : e.participants) {
        const Entity* p = ctx.kb.find(id);
        bool person = p && p->type == EntityType::kPerson;
        place_here = place_here || (person && named_here.count(id));
        whom_before = whom_before || (person && named_before.count(id));
      }
      // Where or whom it struck is always a cue, with its day or its kind; a country only
      // with its day, a person named before only with its kind. A kind and a place without a
      // day fit only an event of the time the sentence tells or the article was written in:
      // "a bomb blast in Peshawar killed 10" in 2024 is not the 2023 mosque bombing.
      bool of_its_time = of_the_time(e, when_told, ctx);
      // A person named before fits only an event near the time the sentence tells, if it
      // tells one ("In 2011, ... a shooting that killed six" after the 2024 attempt on Trump).
      // "killed in the bomb attack at the Kabul Airport" is not an attack in the United States.
      if (!struck_where_told && !place_here) return;
      bool within_reach = std::any_of(when_told.begin(), when_told.end(), [&](const Period& p) {
        return near(p, e.date->period(), kPersonReachDays);
      });
      bool fits = (on_day && (place_here || country_here)) || (kind && place_here && of_its_time) ||
                  (kind && whom_before && (when_told.empty() || within_reach));
      int cues = int(on_day) + int(kind) + int(place_here || country_here) + int(whom_before);
      if (!fits || cues < best) return;
      if (cues > best) out.clear();
      best = cues;
      out.push_back(&e);
    };
    if (!days.empty()) {
      for (const Entity& e : ctx.kb.entities()) weigh(e);
      return out;
    }
    // Without a day, an event fits only through a place or a person named here (or a person
    // named before): the events of those, weighed in load order as the scan above would, are
    // all there is, however many events the knowledge base holds.
    std::set<std::size_t> tied;
    auto tie = [&](const std::vector<const Entity*>& events) {
      for (const Entity* e : events) tied.insert(ctx.kb.index_of(*e));
    };
    for (const std::string& id : named_here) {
      tie(ctx.kb.events_in(id));
      tie(ctx.kb.events_involving(id));
    }
    for (const std::string& id : named_before) tie(ctx.kb.events_involving(id));
    for (std::size_t i : tied) weigh(ctx.kb.entities()[i]);
    return out;
  }

  std::string message_;
};

class CountCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "count"; }
  std::vector<std::string> required_slots() const override { return {"number"}; }
  std::string default_report_slot() const override { return "number"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    for (const auto& [key, value] : options) {
      if (key != "fact" || value != "deaths") {
        *error =
            "unknown check option '" + key + ": " + value + "' for count (expected fact: deaths)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"event.name", "event.id", "fact.deaths", "number.text"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for count";
        return nullptr;
      }
    }
    return std::make_unique<CountCheck>(message_template);
  }
};

}  // namespace

const CheckKind& count_check_kind() {
  static const CountCheckKind kKind;
  return kKind;
}

}  // namespace factlint
