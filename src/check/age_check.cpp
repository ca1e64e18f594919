// age: a person's stated age ("Putin, 72,", "the 72-year-old leader", "aged 72") against the
// birth date, at the time the sentence speaks of (claim_time.h), or at death for someone who
// had died by then ("Francis, who died at 88").
//
// A birth date known only to the year or month allows every age it can give; "about",
// "nearly", "almost" before the number allow the neighbouring years (rule option
// `approximate: true`).
#include <algorithm>
#include <cmath>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"

namespace factlint {

namespace {

class AgeCheck final : public ClaimCheck {
 public:
  AgeCheck(bool approximate, bool at_death, std::string message)
      : approximate_(approximate), at_death_(at_death), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* person_slot = claim.slot("person");
    const SlotValue* number = claim.slot("number");
    if (!person_slot || !number || !person_slot->mention || !number->mention) {
      a.note = "no person or age";
      return a;
    }
    double value = number->mention->number;
    if (value < 1 || value > 130 || value != std::floor(value)) {
      a.note = "not an age";
      return a;
    }
    int stated = static_cast<int>(value);
    a.found = std::to_string(stated);
    std::optional<ClaimTime> when = claim_time(claim, ctx);

    std::vector<std::string> messages;
    std::set<std::string> expected;
    bool any = false;
    for (const NameRef& ref : person_slot->mention->refs) {
      const Entity& person = ctx.kb.entities()[ref.entity];
      if (person.type != EntityType::kPerson) continue;
      if (!person.born) {
        a.note = "the records hold no birth date for " + person.name;
        return a;
      }
      // The span of days the age is stated for: death, or the claim's time (capped at death).
      std::optional<Period> at;
      std::string time_text;
      if (at_death_) {
        if (!person.died) {
          a.note = "the records hold no death date for " + person.name;
          return a;
        }
        at = person.died->period();
        time_text = "at death on " + person.died->iso();
      } else if (when) {
        at = when->period;
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
      int youngest = std::max(0, years_between(person.born->last_day(), at->begin()));
      int oldest = years_between(person.born->first_day(), at->last());
      int slack = approximate_ ? 1 : 0;
      any = true;
      Evidence ev{person.id, "born " + person.born->iso(), person.primary_source(),
                  person.position_of("born")};
      if (stated >= youngest - slack && stated <= oldest + slack) {
        a.verdict = Verdict::kConsistent;
        a.subject = person.id;
        a.expected = youngest == oldest ? std::to_string(youngest)
                                        : std::to_string(youngest) + "-" + std::to_string(oldest);
        a.evidence = {ev};
        a.note.clear();
        return a;
      }
      std::string age = youngest == oldest
                            ? std::to_string(youngest)
                            : std::to_string(youngest) + " or " + std::to_string(oldest);
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
    if (claim.negated) {
      a.evidence.clear();
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.message = join_candidate_messages(messages);
    return a;
  }

 private:
  bool approximate_;
  bool at_death_;
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
  std::vector<std::string> required_slots() const override { return {"person", "number"}; }
  std::string default_report_slot() const override { return "number"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    bool approximate = false;
    bool at_death = false;
    for (const auto& [key, value] : options) {
      if (key == "approximate") {
        if (!parse_flag(value, &approximate)) {
          *error = "approximate must be true or false for age";
          return nullptr;
        }
      } else if (key == "at") {
        if (value != "claim" && value != "death") {
          *error = "unknown at '" + value + "' for age (expected claim or death)";
          return nullptr;
        }
        at_death = value == "death";
      } else {
        *error = "unknown check option '" + key + "' for age (expected approximate, at)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"person.name", "person.id", "fact.born",
                                           "fact.age",    "time",      "number.text"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for age";
        return nullptr;
      }
    }
    return std::make_unique<AgeCheck>(approximate, at_death, message_template);
  }
};

}  // namespace

const CheckKind& age_check_kind() {
  static const AgeCheckKind kKind;
  return kKind;
}

}  // namespace factlint
