// event_date: the start, end or date of a known event, compared as periods.
//
// "The Ukraine war started in February 2024": every event the name can mean is a candidate;
// the claim is consistent when any candidate's fact overlaps the stated period, contradicted
// when every candidate has the fact and none overlaps, and unverifiable otherwise.
#include <algorithm>
#include <set>

#include "check/check.h"

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

class EventDateCheck final : public ClaimCheck {
 public:
  EventDateCheck(EventFact fact, std::string message) : fact_(fact), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* event = claim.slot("event");
    const SlotValue* date = claim.slot("date");
    if (!event || !date || !date->mention || !date->mention->time.period) {
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
    std::vector<Known> known;
    for (const NameRef& ref : event->mention->refs) {
      const Entity& e = ctx.kb.entities()[ref.entity];
      if (e.type != EntityType::kEvent) continue;
      auto fact = event_fact(e, fact_);
      if (!fact) continue;
      known.push_back(
          {&e, fact->first, fact->second, distance(fact->first.period(), *stated.period)});
    }
    if (known.empty()) {
      a.note = std::string("the records hold no ") + fact_key(fact_) + " for " + event->text;
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
  std::vector<std::string> required_slots() const override { return {"event", "date"}; }
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
