// event_date: the start, end or date of a known event, compared as periods.
//
// "The Ukraine war started in February 2024": every event the name can mean is a candidate;
// the claim is consistent when any candidate's fact overlaps the stated period, contradicted
// when every candidate has the fact and none overlaps, and unverifiable otherwise.
//
// A rule without an {event} slot matches a description ("the civil war that began in March
// 2012", "the June 2017 referendum"): its noun picks the events it can mean (see
// described_events), and only those whose fact lies within `reach` days of the stated date
// (default 731) stay candidates, since a date further off more likely means an event the records
// lack than a slip. Frequent events (crashes, attacks) need a short reach.
//
// A relative date without a digit ("on Saturday") dates the sentence's action, not the event,
// unless the rule says `relative: dates-event` ("Tuesday's crash").
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/discourse.h"

namespace factlint {

namespace {

// kPeriod: the whole time the event took, start to end ("the 1994 genocide in Rwanda", "the
// Gulf War in 1991"); an event with a start and no end runs on past its start.
enum class EventFact { kStart, kEnd, kDate, kPeriod };

const char* fact_key(EventFact f) {
  switch (f) {
    case EventFact::kStart:
      return "start";
    case EventFact::kEnd:
      return "end";
    case EventFact::kDate:
      return "date";
    case EventFact::kPeriod:
      return "period";
  }
  return "start";
}

// The fact's value and the YAML key it was read from; nullopt when the records lack it.
std::optional<std::pair<FuzzyDate, std::string>> event_fact(const Entity& e, EventFact fact) {
  switch (fact) {
    case EventFact::kStart:
      if (e.start) return std::make_pair(*e.start, std::string("start"));
      if (e.date) return std::make_pair(*e.date, std::string("date"));
      return std::nullopt;
    case EventFact::kEnd:
      if (e.end) return std::make_pair(*e.end, std::string("end"));
      if (e.date) return std::make_pair(*e.date, std::string("date"));
      return std::nullopt;
    case EventFact::kDate:
      if (e.date) return std::make_pair(*e.date, std::string("date"));
      if (e.start && e.end && *e.start == *e.end)
        return std::make_pair(*e.start, std::string("start"));
      return std::nullopt;
    case EventFact::kPeriod:
      return std::nullopt;  // see event_period
  }
  return std::nullopt;
}

// What the records say of when an event happened, and how the evidence names it ("start
// 1990-08-02", "end 1991-02-28"). With one end missing (an ongoing war, or an end the records
// lack) `period` runs to the calendar's edge on that side, so only a date beyond the known end
// is contradicted, and `settled` is the known end's own period: a date elsewhere in `period`
// is not contradicted, but nothing confirms it either.
struct EventPeriod {
  Period period;
  Period settled;
  std::string text;  // "1990-08-02..1991-02-28", "2014-02-20 onwards", "2020-08-04"
  std::vector<std::pair<std::string, std::string>> facts;  // (key, value) for the evidence
};

std::optional<EventPeriod> event_period(const Entity& e) {
  if (e.date) {
    Period p = e.date->period();
    return EventPeriod{p, p, e.date->iso(), {{"date", e.date->iso()}}};
  }
  if (e.start && e.end) {
    auto p = inclusive_period(e.start->first_day(), e.end->last_day());
    if (!p) return std::nullopt;
    return EventPeriod{*p,
                       *p,
                       e.start->iso() + ".." + e.end->iso(),
                       {{"start", e.start->iso()}, {"end", e.end->iso()}}};
  }
  if (e.start) {
    auto p = inclusive_period(e.start->first_day(), last_calendar_day());
    if (!p) return std::nullopt;
    return EventPeriod{
        *p, e.start->period(), e.start->iso() + " onwards", {{"start", e.start->iso()}}};
  }
  if (e.end) {
    auto p = inclusive_period(first_calendar_day(), e.end->last_day());
    if (!p) return std::nullopt;
    return EventPeriod{*p, e.end->period(), "until " + e.end->iso(), {{"end", e.end->iso()}}};
  }
  return std::nullopt;
}

// Days between two periods; 0 when they overlap.
long distance(const Period& a, const Period& b) {
  if (a.intersects(b)) return 0;
  if (a.end() <= b.begin()) return (b.begin() - a.last()).days();
  return (a.begin() - b.last()).days();
}

// How far a described event's fact may lie from the stated date and still be the one meant,
// unless the rule sets `reach`.
constexpr long kDefaultReachDays = 731;

// "was poisoned", "was shot": what an event that befell a person is called.
const std::map<std::string, std::vector<std::string>>& befalling_verbs() {
  static const std::map<std::string, std::vector<std::string>> kVerbs = {
      {"poisoned", {"poisoning"}},
      {"shot", {"shooting", "assassination", "assassination attempt"}},
      {"assassinated", {"assassination"}},
      {"stabbed", {"stabbing"}},
      {"kidnapped", {"kidnapping"}},
      {"abducted", {"kidnapping"}}};
  return kVerbs;
}

// The words of the match outside its slots, as written.
std::vector<std::string> words_outside_slots(const Claim& claim, const CheckContext& ctx) {
  std::vector<std::string> words;
  if (ctx.text.empty() || claim.match_end > ctx.text.size()) return words;
  std::string word;
  auto in_slot = [&](std::size_t at) {
    for (const auto& [name, slot] : claim.slots)
      if (slot.begin <= at && at < slot.end) return true;
    return false;
  };
  for (std::size_t i = claim.match_begin; i <= claim.match_end; ++i) {
    char c = i < claim.match_end ? ctx.text[i] : ' ';
    if (i < claim.match_end && !in_slot(i) &&
        (std::isalpha(static_cast<unsigned char>(c)) || c == '-')) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  return words;
}

// "Navalny was poisoned ... in August 2019", "He was shot on July 8": the events the records
// say befell the person (the {person} slot, or for "He"/"She" the person named last) that a
// verb of the match describes. Empty when the match has no such verb.
std::vector<const Entity*> befallen_events(const Claim& claim, const CheckContext& ctx,
                                           const std::vector<std::string>& words) {
  std::vector<const Entity*> out;
  const std::vector<std::string>* nouns = nullptr;
  for (const std::string& w : words)
    if (auto it = befalling_verbs().find(w); it != befalling_verbs().end()) nouns = &it->second;
  if (!nouns) return out;
  std::vector<const Entity*> people;
  auto is_person = [](const Entity& e) { return e.type == EntityType::kPerson; };
  if (const SlotValue* p = claim.slot("person"); p && p->mention) {
    for (const NameRef& r : p->mention->refs)
      if (is_person(ctx.kb.entities()[r.entity])) people.push_back(&ctx.kb.entities()[r.entity]);
  } else if (!words.empty() && (words.front() == "He" || words.front() == "She")) {
    people = latest_mentioned(claim, ctx, claim.match_begin, is_person);
  }
  for (const Entity* person : people)
    for (const Entity* e : ctx.kb.events_involving(person->id))
      for (const std::string& noun : *nouns)
        if (has_descriptor(*e, noun) && std::find(out.begin(), out.end(), e) == out.end())
          out.push_back(e);
  return out;
}

// The noun of a description in the words of the match outside its slots: the first word, or
// pair of words ("civil war"), that describes a recorded event; empty when none does.
std::string described_noun(const CheckContext& ctx, const std::vector<std::string>& words) {
  // "Russia invaded Ukraine in 2022": the verb names the event.
  static const std::map<std::string, std::string> kVerbs = {{"invaded", "invasion"},
                                                            {"annexed", "annexation"}};
  for (const std::string& w : words)
    if (auto it = kVerbs.find(w); it != kVerbs.end()) return it->second;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size() && !ctx.kb.events_described_as(words[i] + " " + words[i + 1]).empty())
      return words[i] + " " + words[i + 1];
    if (!ctx.kb.events_described_as(words[i]).empty()) return words[i];
  }
  return {};
}

// True when `a` and `b` are the same day of the year, or the same month, in different years.
bool same_day_of_year(const Period& a, const Period& b) {
  Day a0 = a.begin(), b0 = b.begin();
  if (a0.year() == b0.year() || a0.month() != b0.month()) return false;
  if (a.length().days() == 1 && b.length().days() == 1) return a0.day() == b0.day();
  auto whole_month = [](const Period& p) {
    return p.begin().day() == 1 && p.last() == p.begin().end_of_month();
  };
  return whole_month(a) && b.last().month() == b0.month() && b.last().year() == b0.year();
}

// The longest an event recorded by start and end may last and still have its "day".
constexpr long kShortEventDays = 4;

class EventDateCheck final : public ClaimCheck {
 public:
  EventDateCheck(EventFact fact, long reach_days, bool named_reach, bool relative_dates_event,
                 std::string message)
      : fact_(fact),
        reach_days_(reach_days),
        named_reach_(named_reach),
        relative_dates_event_(relative_dates_event),
        message_(std::move(message)) {}

  // "the war in 2014" and "the war in 2015" are two moments of one war, not two values of a
  // fact; a start, an end or a day is one.
  bool states_one_fact() const override { return fact_ != EventFact::kPeriod; }

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* event = claim.slot("event");
    const SlotValue* date = claim.slot("date");
    if (!date || !date->mention || !date->mention->time.period) {
      a.note = "no comparable date";
      return a;
    }
    const TimeExpression& stated = date->mention->time;
    a.found = stated.value;
    // "marked 20 years since the attacks on Saturday": a date written without a number and
    // resolved from the publication date dates the sentence's action, not the event.
    // A month is no such date where the match tells what befell someone ("Abe was shot dead
    // during a campaign speech in Nara in July"): it dates what befell them.
    static const RE2 kMonth(
        R"((?i)^(?:in |early |late |mid-)*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$)");
    auto befalls = [&] {
      for (const std::string& w : words_outside_slots(claim, ctx))
        if (befalling_verbs().count(w)) return true;
      return false;
    };
    if (!relative_dates_event_ && stated.relative &&
        std::none_of(stated.text.begin(), stated.text.end(),
                     [](char c) { return c >= '0' && c <= '9'; }) &&
        !(RE2::FullMatch(stated.text, kMonth) && befalls())) {
      a.note = "a relative date (" + stated.text + ") does not date the event";
      return a;
    }
    // "the Jan. 6 attack": a date without its year, on the event's own noun, names the event
    // by its day; the year the reader would supply is not a claim.
    if (fact_ == EventFact::kPeriod && stated.relative) {
      a.note = "a date without its year (" + stated.text + ") names the event, not when it was";
      return a;
    }
    struct Known {
      const Entity* entity;
      std::string value;  // as the evidence and message show it
      std::vector<std::pair<std::string, std::string>> facts;  // (key, value) for the evidence
      long gap;
      bool settled;  // the stated date meets what the records know, not only an open end
      Period period;
    };
    std::vector<const Entity*> events;
    std::string noun;
    if (event && event->mention) {
      for (const NameRef& ref : event->mention->refs)
        events.push_back(&ctx.kb.entities()[ref.entity]);
    } else if (std::vector<std::string> words = words_outside_slots(claim, ctx);
               !(events = befallen_events(claim, ctx, words)).empty()) {
      noun = "event";
    } else {
      noun = described_noun(ctx, words);
      if (noun.empty()) {
        a.note = "no event named or described";
        return a;
      }
      DescribedEvents described = described_events(claim, ctx, noun, claim.match_begin);
      std::vector<const Entity*> found = described.named;
      found.insert(found.end(), described.located.begin(), described.located.end());
      // "The war, which began in 2014" after the invasion was named: the events they are part
      // of may be meant too.
      for (const Entity* e : found)
        for (const Entity* x = e; x && std::find(events.begin(), events.end(), x) == events.end();
             x = ctx.kb.find(x->part_of))
          events.push_back(x);
    }
    std::vector<Known> known;
    std::string far_note;  // why a named candidate beyond `reach` was left out
    for (const Entity* e : events) {
      if (e->type != EntityType::kEvent) continue;
      std::optional<EventPeriod> fact;
      if (fact_ == EventFact::kPeriod) {
        fact = event_period(*e);
      } else if (auto single = event_fact(*e, fact_)) {
        fact = EventPeriod{single->first.period(),
                           single->first.period(),
                           single->first.iso(),
                           {{single->second, single->first.iso()}}};
      } else if (fact_ == EventFact::kDate && e->start && e->end &&
                 (e->end->last_day() - e->start->first_day()).days() < kShortEventDays) {
        // An event of a night or a few days ("the evening of 7 July ... early on 8 July"):
        // each of its days is its day.
        fact = event_period(*e);
      }
      if (!fact) continue;
      long gap = distance(fact->period, *stated.period);
      if (!noun.empty()) {
        bool later = ctx.published && fact->period.begin() > *ctx.published;
        if (later || gap > reach_days_) continue;
      } else if (named_reach_ && gap > reach_days_) {
        // "the 2014 Gaza war" beside records of the 2023 one: a date this far off more likely
        // names another event of the same name than a slip.
        far_note = "the date lies " + std::to_string(gap) + " days from " + e->name +
                   " in the records: it may name another event of that name";
        continue;
      }
      known.push_back({e, fact->text, fact->facts, gap, fact->settled.intersects(*stated.period),
                       fact->period});
    }
    if (known.empty() && !far_note.empty()) {
      a.note = far_note;
      return a;
    }
    if (known.empty()) {
      a.note =
          noun.empty()
              ? std::string("the records hold no ") + fact_key(fact_) + " for " + event->text
              : "no recorded " + noun + " near " + date->text + " in the places the article names";
      return a;
    }
    // Settled matches first, then by distance.
    std::stable_sort(known.begin(), known.end(), [](const Known& x, const Known& y) {
      return std::make_pair(x.gap, !x.settled) < std::make_pair(y.gap, !y.settled);
    });
    if (known.front().gap == 0) {
      a.subject = known.front().entity->id;
      a.expected = known.front().value;
      if (!known.front().settled) {
        a.note = "within the open end of what the records hold (" + known.front().value + ")";
        return a;
      }
      a.verdict = Verdict::kConsistent;
      add_evidence(known.front(), a.evidence);
      return a;
    }
    // A description dated after what the records are current to may mean an event they cannot
    // hold yet ("since the war began on Feb. 28" in 2026 copy, with records current to 2025).
    if (!noun.empty()) {
      const std::optional<FuzzyDate>& as_of = known.front().entity->as_of;
      if (as_of && stated.period->begin() > as_of->last_day()) {
        a.note = "the date is after the records' as_of (" + as_of->iso() + "): the " + noun +
                 " meant may be one they do not hold";
        return a;
      }
    }
    // "the Capitol attack on January 6" in 2022 copy: the year came from publication, and the
    // records' day is that month and day of another year.
    if (stated.relative && !writes_year(date->text))
      for (const Known& k : known)
        if (same_day_of_year(*stated.period, k.period)) {
          a.subject = k.entity->id;
          a.note = "the year is not written, and " + k.entity->name + " was on " + k.value;
          return a;
        }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.subject = known.front().entity->id;
    std::vector<std::string> messages;
    std::set<std::string> seen_values;
    for (const Known& k : known) {
      if (seen_values.insert(k.value).second)
        a.expected += (a.expected.empty() ? "" : " or ") + k.value;
      std::map<std::string, std::string> vars = {
          {"event.name", k.entity->name}, {"event.id", k.entity->id},
          {"fact.value", k.value},        {std::string("fact.") + fact_key(fact_), k.value},
          {"date.text", date->text},      {"date.value", stated.value},
      };
      std::string rendered = render_template(message_, vars);
      if (std::find(messages.begin(), messages.end(), rendered) == messages.end())
        messages.push_back(std::move(rendered));
      add_evidence(k, a.evidence);
    }
    a.message = join_candidate_messages(messages);
    return a;
  }

 private:
  template <typename K>
  static void add_evidence(const K& k, std::vector<Evidence>& out) {
    for (const auto& [key, value] : k.facts)
      out.push_back({k.entity->id, key + " " + value, k.entity->primary_source(),
                     k.entity->position_of(key)});
  }

  EventFact fact_;
  long reach_days_;
  bool named_reach_;  // `reach` set by the rule: it bounds named events too
  bool relative_dates_event_;
  std::string message_;
};

class EventDateCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "event_date"; }
  // {event}, or a description the check reads from the match ("the civil war that began").
  std::vector<std::string> required_slots() const override { return {"date"}; }
  std::string default_report_slot() const override { return "date"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    EventFact fact = EventFact::kStart;
    long reach_days = kDefaultReachDays;
    bool named_reach = false;
    bool relative_dates_event = false;
    for (const auto& [key, value] : options) {
      if (key == "reach") {
        bool digits =
            !value.empty() && value.size() < 6 &&
            std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::stol(value) == 0) {
          *error =
              "reach for event_date must be a number of days (1 to 99999), not '" + value + "'";
          return nullptr;
        }
        reach_days = std::stol(value);
        named_reach = true;
        continue;
      }
      if (key == "relative") {
        if (value != "dates-event") {
          *error = "unknown relative '" + value + "' for event_date (expected dates-event)";
          return nullptr;
        }
        relative_dates_event = true;
        continue;
      }
      if (key == "fact") {
        if (value == "start")
          fact = EventFact::kStart;
        else if (value == "end")
          fact = EventFact::kEnd;
        else if (value == "date")
          fact = EventFact::kDate;
        else if (value == "period")
          fact = EventFact::kPeriod;
        else {
          *error =
              "unknown fact '" + value + "' for event_date (expected start, end, date or period)";
          return nullptr;
        }
      } else if (key == "compare") {
        if (value != "overlaps") {
          *error = "unknown compare '" + value + "' for event_date (expected overlaps)";
          return nullptr;
        }
      } else {
        *error = "unknown check option '" + key +
                 "' for event_date (expected fact, compare, reach, relative)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"event.name", "event.id",
                                           "fact.value", std::string("fact.") + fact_key(fact),
                                           "date.text",  "date.value"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for event_date";
        return nullptr;
      }
    }
    return std::make_unique<EventDateCheck>(fact, reach_days, named_reach, relative_dates_event,
                                            message_template);
  }
};

}  // namespace

const CheckKind& event_date_check_kind() {
  static const EventDateCheckKind kKind;
  return kKind;
}

}  // namespace factlint
