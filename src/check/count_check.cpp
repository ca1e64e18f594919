// count: the death toll of a known event, with the qualifiers news puts on numbers.
//
// "All 283 passengers and crew were killed" about MH17 (298): the event is named in the
// sentence, or it is the latest event the article named that the sentence's words point at
// ("the crash", "passengers and crew" -> a crash; a date equal to the event's day). Only events
// whose toll is settled are compared: single-day events and events that ended; a war's toll
// grows while it lasts. The qualifier ("more than", "nearly", "about") turns the stated number
// into the range of true values it allows; a round number without one stands for its rounding
// ("290" covers 285..294); the claim is consistent when that range meets the recorded
// {min, max}. Partial counts ("Of the 242 people on board", "initially put the toll at 241")
// are left to the rules' patterns, which only match whole-toll phrasing.
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "check/check.h"
#include "check/discourse.h"

namespace factlint {

namespace {

struct Range {
  double lo;
  double hi;
};

// The rounding unit of a stated number: 290 -> 10, 4,000 -> 1000, 283 -> 1.
double rounding_unit(double n) {
  double unit = 1;
  while (n >= unit * 10 && std::fmod(n, unit * 10) == 0) unit *= 10;
  return unit;
}

bool ends_with(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
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

// The event category a sentence's words point at, for a toll that names no event.
std::string implied_category(const std::string& sentence_words) {
  for (std::string_view w :
       {"passengers", "crew", "on board", "aboard", "plane", "jet", "airliner", "flight"})
    if (sentence_words.find(w) != std::string::npos) return "crash";
  return "";
}

bool settled_toll(const Entity& e) {
  return e.type == EntityType::kEvent && e.deaths && (e.date || e.end);
}

std::string describe(const CountRange& r) {
  if (r.min == r.max) return std::to_string(r.min);
  return std::to_string(r.min) + " to " + std::to_string(r.max);
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
    std::vector<const Entity*> events = candidates(claim, ctx);
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    if (events.empty()) {
      a.note = "no event with a settled death toll named or referred to";
      return a;
    }
    double n = number->mention->number;
    std::string before = words_before(claim, ctx, number->begin, 3);
    std::string qualifier;
    Range allowed = allowed_values(n, before, &qualifier);
    a.found = qualifier.empty() ? number->text : qualifier + " " + number->text;
    std::vector<std::string> messages;
    for (const Entity* e : events) {
      const CountRange& d = *e->deaths;
      bool meets =
          allowed.lo <= static_cast<double>(d.max) && static_cast<double>(d.min) <= allowed.hi;
      if (meets) {
        a.verdict = Verdict::kConsistent;
        a.subject = e->id;
        a.expected = describe(d);
        a.evidence = {evidence(*e)};
        return a;
      }
    }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.subject = events.front()->id;
    for (const Entity* e : events) {
      a.expected += (a.expected.empty() ? "" : " or ") + describe(*e->deaths);
      messages.push_back(render_template(message_, {{"event.name", e->name},
                                                    {"event.id", e->id},
                                                    {"fact.deaths", describe(*e->deaths)},
                                                    {"number.text", a.found}}));
      a.evidence.push_back(evidence(*e));
    }
    a.message = join_candidate_messages(messages);
    return a;
  }

 private:
  static Evidence evidence(const Entity& e) {
    return {e.id, "deaths " + describe(*e.deaths), e.primary_source(), e.position_of("deaths")};
  }

  static std::vector<const Entity*> candidates(const Claim& claim, const CheckContext& ctx) {
    std::vector<const Entity*> out;
    if (const SlotValue* event = claim.slot("event"); event && event->mention) {
      for (const NameRef& r : event->mention->refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (settled_toll(e)) out.push_back(&e);
      }
      return out;
    }
    // An event named elsewhere in the sentence.
    if (claim.sentence) {
      for (const Mention& m : claim.sentence->items)
        for (const NameRef& r : m.refs)
          if (settled_toll(ctx.kb.entities()[r.entity]))
            out.push_back(&ctx.kb.entities()[r.entity]);
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
    out = latest_mentioned(claim, ctx, claim.begin, fits_words);
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
