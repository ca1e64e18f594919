// membership: a country's membership of an organization at the time of the sentence, from the
// organization's dated `members` list.
//
// One check, configured by `claim:` in the rule:
//   member   "NATO member Sweden", "Finland, a NATO member", "Britain, the second-largest
//            economy in the EU"; negated ("Finland, which is not a member of NATO") it is a
//            negative claim, consistent when the country is not a member;
//   count    "the EU's 27 members", "the alliance's 32 members": members at that time;
//   ordinal  "Finland became NATO's 30th member": the country's place in the order of joining;
//   joined   "Finland's accession on April 3", "became a full member of BRICS ... last month":
//            the membership's start must fall in the stated period;
//   until    "Britain, an EU member until Friday": the membership's end must fall in it.
// The organization is the {organization} slot, else the organization a descriptor before the
// claim names ("the alliance's", "the bloc's"), else the latest one named. Open memberships are
// known up to the file's `as_of`; a claim about a later time they cannot settle is unverifiable.
#include <algorithm>
#include <limits>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/discourse.h"

namespace factlint {

namespace {

enum class Claimed { kMember, kCount, kOrdinal, kJoined, kUntil };

// No clause break (a comma, a semicolon, "and") between two offsets: the time belongs to the
// joining, not to a later clause ("became a member of the EU, and in 2020 it left").
bool same_clause(std::string_view text, std::size_t from, std::size_t to) {
  if (text.empty() || to > text.size() || from > to) return false;
  std::string_view between = text.substr(from, to - from);
  return between.find_first_of(",;") == std::string_view::npos &&
         between.find(" and ") == std::string_view::npos;
}

bool is_member_status(const Term& t) {
  return t.status.empty() || t.status == "member";
}

// A member for certain throughout `p`.
bool surely_member(const Term& t, const Period& p) {
  if (!t.start || t.start->last_day() >= p.begin()) return false;
  return !t.end || t.end->first_day() >= p.last();
}

// A member at some day of `p`, on any reading of the dates' precision.
bool possibly_member(const Term& t, const Period& p) {
  if (t.start && t.start->first_day() > p.last()) return false;
  return !t.end || t.end->last_day() >= p.begin();
}

std::string term_text(const Term& t) {
  std::string s = "member";
  if (t.start) s += " from " + t.start->iso();
  if (t.end) s += " to " + t.end->iso();
  return s;
}

class MembershipCheck final : public ClaimCheck {
 public:
  MembershipCheck(Claimed claimed, std::string message)
      : claimed_(claimed), message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const Entity* org = organization(claim, ctx);
    if (!org || org->members.empty()) {
      a.note = "no organization with a member list";
      return a;
    }
    a.subject = org->id;
    switch (claimed_) {
      case Claimed::kMember:
      case Claimed::kUntil:
      case Claimed::kJoined:
        return assess_countries(claim, ctx, *org);
      case Claimed::kCount:
        return assess_count(claim, ctx, *org);
      case Claimed::kOrdinal:
        return assess_ordinal(claim, ctx, *org);
    }
    return a;
  }

 private:
  static const Entity* organization(const Claim& claim, const CheckContext& ctx) {
    auto is_org = [](const Entity& e) {
      return e.type == EntityType::kOrganization && !e.members.empty();
    };
    if (const SlotValue* slot = claim.slot("organization"); slot && slot->mention) {
      for (const NameRef& r : slot->mention->refs)
        if (is_org(ctx.kb.entities()[r.entity])) return &ctx.kb.entities()[r.entity];
      return nullptr;
    }
    // "the alliance's 32 members": the descriptor right before the claim.
    std::string before = words_before(claim, ctx, claim.begin, 3);
    std::size_t the = before.rfind("the ");
    if (the != std::string::npos) {
      std::string noun = before.substr(the + 4);
      noun = noun.substr(0, noun.find(' '));
      for (std::string_view tail : {"'s", "\xE2\x80\x99s"})
        if (noun.size() > tail.size() &&
            noun.compare(noun.size() - tail.size(), tail.size(), tail) == 0)
          noun.erase(noun.size() - tail.size());
      auto found = latest_mentioned(claim, ctx, claim.begin, [&](const Entity& e) {
        return is_org(e) && has_descriptor(e, noun);
      });
      if (!found.empty()) return found.front();
    }
    if (claimed_is_about_country(claim)) {
      // "Finland's accession on April 3": an organization of the sentence, else the latest.
      if (claim.sentence)
        for (const Mention& m : claim.sentence->items)
          for (const NameRef& r : m.refs)
            if (is_org(ctx.kb.entities()[r.entity])) return &ctx.kb.entities()[r.entity];
      auto found = latest_mentioned(claim, ctx, claim.begin, is_org);
      if (!found.empty()) return found.front();
    }
    return nullptr;
  }

  static bool claimed_is_about_country(const Claim& claim) { return claim.slot("country"); }

  // Countries in the country slots.
  static std::vector<const Entity*> countries(const Claim& claim, const CheckContext& ctx) {
    std::vector<const Entity*> out;
    for (const auto& [name, slot] : claim.slots) {
      if (slot.type != "country" || !slot.mention) continue;
      for (const NameRef& r : slot.mention->refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (e.type == EntityType::kCountry) {
          out.push_back(&e);
          break;
        }
      }
    }
    return out;
  }

  // The time the stated fact is compared with: the {date} slot for joined/until, else the
  // sentence's time.
  static std::optional<Period> stated_time(const Claim& claim, const CheckContext& ctx) {
    if (const SlotValue* d = claim.slot("date"); d && d->mention && d->mention->time.period) {
      const TimeExpression& t = d->mention->time;
      // A bare weekday ("until Friday") may be the one before or after the resolved one.
      if (t.relative && weekday_from_name(d->text)) {
        auto from = add_days(t.period->begin(), -7);
        auto to = add_days(t.period->last(), 7);
        if (from && to) return inclusive_period(*from, *to);
      }
      return t.period;
    }
    if (claim.sentence) {
      // "became a member ... last month": a time after the claim in the sentence.
      for (const Mention& m : claim.sentence->items)
        if (m.kind == MentionKind::kTime && m.time.period && m.time.type == "DATE" &&
            m.begin > claim.end && same_clause(ctx.text, claim.end, m.begin))
          return m.time.period;
    }
    return std::nullopt;
  }

  Assessment assess_countries(const Claim& claim, const CheckContext& ctx,
                              const Entity& org) const {
    Assessment a;
    a.subject = org.id;
    if (const SlotValue* o = claim.slot("organization"); o && claimed_ == Claimed::kMember) {
      // "former EU member Britain", "non-NATO member Sweden": not a claim of membership now.
      std::string before = words_before(claim, ctx, o->begin, 2);
      for (std::string_view cue : {"former", "ex-", "non-", "future", "would-be", "prospective",
                                   "aspiring", "then", "candidate", "once"})
        if (before.find(cue) != std::string::npos) {
          a.note = "the membership is qualified (" + std::string(cue) + ")";
          return a;
        }
    }
    std::optional<Period> when;
    if (claimed_ == Claimed::kMember) {
      auto t = claim_time(claim, ctx);
      if (t) when = t->period;
      if (t) a.judged_at = describe_claim_time(*t);
    } else {
      when = stated_time(claim, ctx);
    }
    if (!when) {
      a.note = "no time to judge the membership at";
      return a;
    }
    std::vector<const Entity*> subjects = countries(claim, ctx);
    if (subjects.empty() && claimed_ == Claimed::kJoined) {
      // "it became a full member of BRICS last month": no country joined then at all?
      subjects = {nullptr};
    }
    if (subjects.empty()) {
      a.note = "no country";
      return a;
    }
    Day known_to = org.as_of ? org.as_of->last_day() : *make_day(1900, 1, 1);
    std::vector<std::string> wrong;
    for (const Entity* country : subjects) {
      std::vector<const Term*> terms;
      for (const Term& t : org.members)
        if (is_member_status(t) && (!country || t.ref == country->id)) terms.push_back(&t);
      bool contradicted = false;
      bool settled = true;
      switch (claimed_) {
        case Claimed::kMember: {
          bool possibly = std::any_of(terms.begin(), terms.end(),
                                      [&](const Term* t) { return possibly_member(*t, *when); });
          bool surely = std::any_of(terms.begin(), terms.end(),
                                    [&](const Term* t) { return surely_member(*t, *when); });
          bool open_after = when->last() > known_to;
          if (claim.negated) {
            contradicted = surely && !open_after;
            settled = !possibly || contradicted;
          } else {
            contradicted = !possibly && !open_after;
            settled = possibly || contradicted;
          }
          break;
        }
        case Claimed::kJoined:
        case Claimed::kUntil: {
          bool fits = std::any_of(terms.begin(), terms.end(), [&](const Term* t) {
            const auto& fact = claimed_ == Claimed::kJoined ? t->start : t->end;
            return fact && fact->period().intersects(*when);
          });
          bool any_fact = std::any_of(terms.begin(), terms.end(), [&](const Term* t) {
            return claimed_ == Claimed::kJoined ? t->start.has_value() : t->end.has_value();
          });
          bool later = when->last() > known_to;
          contradicted = !fits && !claim.negated && !later && (any_fact || !country) &&
                         (claimed_ == Claimed::kJoined || any_fact);
          settled = fits || contradicted;
          break;
        }
        default:
          break;
      }
      if (!country) {
        // Who did join nearest the stated time: the evidence that no one joined then.
        auto distance = [&](const Term* t) {
          if (!t->start) return std::numeric_limits<long>::max();
          Period p = t->start->period();
          if (p.intersects(*when)) return 0L;
          return p.last() < when->begin() ? (when->begin() - p.last()).days()
                                          : (p.begin() - when->last()).days();
        };
        std::stable_sort(terms.begin(), terms.end(),
                         [&](const Term* x, const Term* y) { return distance(x) < distance(y); });
        if (terms.size() > 4) terms.resize(4);
      }
      for (const Term* t : terms)
        a.evidence.push_back({org.id, (country ? country->id + " " : t->ref + " ") + term_text(*t),
                              t->source.empty() ? org.primary_source() : t->source, t->where});
      if (contradicted) {
        std::string name = country ? country->name : "no country";
        std::string held = terms.empty() ? "never a member" : term_text(*terms.front()).substr(7);
        if (!country) held = "";
        for (std::size_t i = 1; i < terms.size() && country; ++i)
          held += "; " + term_text(*terms[i]).substr(7);
        wrong.push_back(render_template(
            message_, {{"country.name", name},
                       {"fact.status", claim.negated ? "was a member" : "was not a member"},
                       {"organization.name", org.name},
                       {"fact.membership", terms.empty() ? "never a member" : "member " + held},
                       {"time", describe_period(*when)}}));
        if (country) a.subject = country->id;
      } else if (!settled) {
        a.note = "the records cannot settle the membership at " + describe_period(*when);
        a.evidence.clear();
        return a;
      }
    }
    if (wrong.empty()) {
      a.verdict = Verdict::kConsistent;
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.found = describe_period(*when);
    if (claimed_ == Claimed::kMember)
      a.expected = claim.negated ? "a member" : "not a member";
    else
      for (const Evidence& e : a.evidence) a.expected += (a.expected.empty() ? "" : "; ") + e.fact;
    a.message = join_candidate_messages(wrong);
    return a;
  }

  // Members on each day of `p`: the fewest and the most.
  static std::pair<long, long> member_count(const Entity& org, const Period& p) {
    long fewest = 0;
    long most = 0;
    for (const Term& t : org.members) {
      if (!is_member_status(t)) continue;
      if (surely_member(t, p)) ++fewest;
      if (possibly_member(t, p)) ++most;
    }
    return {fewest, most};
  }

  Assessment assess_count(const Claim& claim, const CheckContext& ctx, const Entity& org) const {
    Assessment a;
    a.subject = org.id;
    const SlotValue* number = claim.slot("number");
    auto when = claim_time(claim, ctx);
    if (when) a.judged_at = describe_claim_time(*when);
    if (!number || !number->mention || !when) {
      a.note = "no number or no time";
      return a;
    }
    Day known_to = org.as_of ? org.as_of->last_day() : *make_day(1900, 1, 1);
    if (when->period.last() > known_to) {
      a.note = "after the records' as_of date";
      return a;
    }
    auto [fewest, most] = member_count(org, when->period);
    long stated = static_cast<long>(number->mention->number);
    a.found = std::to_string(stated);
    a.expected = fewest == most ? std::to_string(fewest)
                                : std::to_string(fewest) + " to " + std::to_string(most);
    a.evidence.push_back({org.id,
                          "members list: " + a.expected + " at " + describe_period(when->period),
                          org.primary_source(), org.position_of("members")});
    if (stated >= fewest && stated <= most) {
      a.verdict = Verdict::kConsistent;
      return a;
    }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.message = render_template(message_, {{"organization.name", org.name},
                                           {"fact.count", a.expected},
                                           {"number.text", number->text},
                                           {"time", describe_period(when->period)}});
    return a;
  }

  Assessment assess_ordinal(const Claim& claim, const CheckContext& ctx, const Entity& org) const {
    Assessment a;
    a.subject = org.id;
    const SlotValue* number = claim.slot("number");
    std::vector<const Entity*> subjects = countries(claim, ctx);
    // "making the Nordic nation the alliance's 31st member": the country named last.
    if (subjects.empty())
      subjects = latest_mentioned(claim, ctx, claim.match_begin,
                                  [](const Entity& e) { return e.type == EntityType::kCountry; });
    if (!number || !number->mention || subjects.size() != 1) {
      a.note = "no ordinal or no single country";
      return a;
    }
    const Entity& country = *subjects.front();
    const Term* own = nullptr;
    for (const Term& t : org.members)
      if (t.ref == country.id && is_member_status(t) && t.start) own = &t;
    if (!own) {
      a.note = country.name + " has no recorded start of membership";
      return a;
    }
    // Its place among everyone who joined: after all who surely joined before it.
    long first = 1;
    long last = 0;
    for (const Term& t : org.members) {
      if (!is_member_status(t) || !t.start) continue;
      if (t.start->last_day() < own->start->first_day()) ++first;
      if (t.start->first_day() <= own->start->last_day()) ++last;
    }
    long stated = static_cast<long>(number->mention->number);
    a.subject = country.id;
    a.found = number->text;
    a.expected = first == last ? std::to_string(first)
                               : std::to_string(first) + " to " + std::to_string(last);
    a.evidence.push_back({org.id, country.id + " " + term_text(*own),
                          own->source.empty() ? org.primary_source() : own->source, own->where});
    if (stated >= first && stated <= last) {
      a.verdict = Verdict::kConsistent;
      return a;
    }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    a.message = render_template(message_, {{"country.name", country.name},
                                           {"organization.name", org.name},
                                           {"fact.ordinal", a.expected},
                                           {"number.text", number->text}});
    return a;
  }

  Claimed claimed_;
  std::string message_;
};

class MembershipCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "membership"; }
  std::vector<std::string> required_slots() const override { return {}; }
  std::string default_report_slot() const override { return "organization"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    Claimed claimed = Claimed::kMember;
    for (const auto& [key, value] : options) {
      if (key != "claim") {
        *error = "unknown check option '" + key + "' for membership (expected claim)";
        return nullptr;
      }
      if (value == "member")
        claimed = Claimed::kMember;
      else if (value == "count")
        claimed = Claimed::kCount;
      else if (value == "ordinal")
        claimed = Claimed::kOrdinal;
      else if (value == "joined")
        claimed = Claimed::kJoined;
      else if (value == "until")
        claimed = Claimed::kUntil;
      else {
        *error = "unknown claim '" + value +
                 "' for membership (expected member, count, ordinal, joined or until)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"country.name",    "fact.status", "organization.name",
                                           "fact.membership", "fact.count",  "fact.ordinal",
                                           "number.text",     "time"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for membership";
        return nullptr;
      }
    }
    return std::make_unique<MembershipCheck>(claimed, message_template);
  }
};

}  // namespace

const CheckKind& membership_check_kind() {
  static const MembershipCheckKind kKind;
  return kKind;
}

}  // namespace factlint
