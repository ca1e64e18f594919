// event_date: the start, end or date of a known event, compared as periods.
//
// "The Ukraine war started in February 2024": every event the name can mean is a candidate;
// the claim is consistent when any candidate's fact overlaps the stated period, contradicted
// when every candidate has the fact and none overlaps, and unverifiable otherwise.
//
// A rule without an {event} slot matches a description ("the civil war that began in March
// 2012", "the June 2017 referendum"): its noun picks the events it can mean (see
// described_events), and only those whose fact lies within two years of the stated date stay
// candidates, since a date further off more likely means an event the records lack than a slip.
#include <algorithm>
#include <cctype>
#include <set>

#include "check/check.h"
#include "check/discourse.h"

namespace factlint {

namespace {

enum class EventFact { kStart, kEnd, kDate };

const char* fact_key(EventFact f) {
  switch (f) {
    case EventFact::kStart:
      return "start";
    case EventFact::kEnd:
      return "end";
    case EventFact::kDate:
      return "date";
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
  }
  return std::nullopt;
}

// Days between two periods; 0 when they overlap.
long distance(const Period& a, const Period& b) {
  if (a.intersects(b)) return 0;
  if (a.end() <= b.begin()) return (b.begin() - a.last()).days();
  return (a.begin() - b.last()).days();
}

// How far a described event's fact may lie from the stated date and still be the one meant.
constexpr long kDescribedEventReachDays = 731;

// The noun of a description in the words of the match outside its slots: the first word, or
// pair of words ("civil war"), that describes a recorded event; empty when none does.
std::string described_noun(const Claim& claim, const CheckContext& ctx) {
  if (ctx.text.empty() || claim.match_end > ctx.text.size()) return {};
  std::vector<std::string> words;
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
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size() && !ctx.kb.events_described_as(words[i] + " " + words[i + 1]).empty())
      return words[i] + " " + words[i + 1];
    if (!ctx.kb.events_described_as(words[i]).empty()) return words[i];
  }
  return {};
}

class EventDateCheck final : public ClaimCheck {
 public:
  EventDateCheck(EventFact fact, std::string message) : fact_(fact), message_(std::move(message)) {}

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
    if (stated.relative && std::none_of(stated.text.begin(), stated.text.end(),
                                        [](char c) { return c >= '0' && c <= '9'; })) {
      a.note = "a relative date (" + stated.text + ") does not date the event";
      return a;
    }
    struct Known {
      const Entity* entity;
      FuzzyDate value;
      std::string key;
      long gap;
    };
    std::vector<const Entity*> events;
    std::string noun;
    if (event && event->mention) {
      for (const NameRef& ref : event->mention->refs)
        events.push_back(&ctx.kb.entities()[ref.entity]);
    } else {
      noun = described_noun(claim, ctx);
      if (noun.empty()) {
        a.note = "no event named or described";
        return a;
      }
      DescribedEvents described = described_events(claim, ctx, noun, claim.match_begin);
      events = described.named;
      events.insert(events.end(), described.located.begin(), described.located.end());
    }
    std::vector<Known> known;
    for (const Entity* e : events) {
      if (e->type != EntityType::kEvent) continue;
      auto fact = event_fact(*e, fact_);
      if (!fact) continue;
      long gap = distance(fact->first.period(), *stated.period);
      if (!noun.empty()) {
        bool later = ctx.published && fact->first.first_day() > *ctx.published;
        if (later || gap > kDescribedEventReachDays) continue;
      }
      known.push_back({e, fact->first, fact->second, gap});
    }
    if (known.empty()) {
      a.note =
          noun.empty()
              ? std::string("the records hold no ") + fact_key(fact_) + " for " + event->text
              : "no recorded " + noun + " near " + date->text + " in the places the article names";
      return a;
    }
    std::stable_sort(known.begin(), known.end(),
                     [](const Known& x, const Known& y) { return x.gap < y.gap; });
    if (known.front().gap == 0) {
      a.verdict = Verdict::kConsistent;
      a.subject = known.front().entity->id;
      a.expected = known.front().value.iso();
      a.evidence.push_back(evidence(known.front()));
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
      if (seen_values.insert(k.value.iso()).second)
        a.expected += (a.expected.empty() ? "" : " or ") + k.value.iso();
      std::map<std::string, std::string> vars = {
          {"event.name", k.entity->name}, {"event.id", k.entity->id},
          {"fact.value", k.value.iso()},  {std::string("fact.") + fact_key(fact_), k.value.iso()},
          {"date.text", date->text},      {"date.value", stated.value},
      };
      std::string rendered = render_template(message_, vars);
      if (std::find(messages.begin(), messages.end(), rendered) == messages.end())
        messages.push_back(std::move(rendered));
      a.evidence.push_back(evidence(k));
    }
    a.message = join_candidate_messages(messages);
    return a;
  }

 private:
  template <typename K>
  Evidence evidence(const K& k) const {
    return {k.entity->id, k.key + " " + k.value.iso(), k.entity->primary_source(),
            k.entity->position_of(k.key)};
  }

  EventFact fact_;
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
    for (const auto& [key, value] : options) {
      if (key == "fact") {
        if (value == "start")
          fact = EventFact::kStart;
        else if (value == "end")
          fact = EventFact::kEnd;
        else if (value == "date")
          fact = EventFact::kDate;
        else {
          *error = "unknown fact '" + value + "' for event_date (expected start, end or date)";
          return nullptr;
        }
      } else if (key == "compare") {
        if (value != "overlaps") {
          *error = "unknown compare '" + value + "' for event_date (expected overlaps)";
          return nullptr;
        }
      } else {
        *error = "unknown check option '" + key + "' for event_date (expected fact, compare)";
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
    return std::make_unique<EventDateCheck>(fact, message_template);
  }
};

}  // namespace

const CheckKind& event_date_check_kind() {
  static const EventDateCheckKind kKind;
  return kKind;
}

}  // namespace factlint
