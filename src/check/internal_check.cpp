// internal: conflicting values for one fact within one article.
//
// Statements are grouped by fact (the kind, and for dates the rule, since an event's start and
// end are different facts) and by subject; a later statement whose value cannot be reconciled
// with an earlier one is flagged, unless the records already judged either of them: a claim
// the records contradict is flagged by its own check, and one they confirm may name a different
// candidate of a shared alias ("Ukraine war": 2014 or 2022).
#include "check/internal_check.h"

#include <algorithm>
#include <cmath>

#include "extract/rule.h"

namespace factlint {

namespace {

bool share_subject(const Statement& a, const Statement& b) {
  for (const std::string& s : a.subjects)
    if (std::find(b.subjects.begin(), b.subjects.end(), s) != b.subjects.end()) return true;
  return false;
}

// Two values no reading reconciles: disjoint periods, or numbers that differ.
bool disagree(const Statement& a, const Statement& b) {
  if (a.period && b.period) return !a.period->intersects(*b.period);
  if (a.number && b.number) return std::fabs(*a.number - *b.number) >= 1;
  return false;
}

// A count is one fact only as the toll of one event: the victims' country or group ("three
// Palestinians were killed", "five Hamas fighters died") names who, not which incident, and
// two tolls of one country in one article are usually two incidents.
bool counts_another_event(const Claim& claim, const Entity& subject) {
  return claim.kind == "count" && subject.type != EntityType::kEvent;
}

}  // namespace

Statement statement_of(const Claim& claim, const Assessment& assessment, const KnowledgeBase& kb) {
  Statement s;
  // One rule states one fact (an event's start, a person's present age): statements of
  // different rules may be about different facts (an age at death, an age now).
  s.fact = claim.kind + ":" + (claim.rule ? claim.rule->id : "");
  s.begin = claim.begin;
  s.end = claim.end;
  s.verdict = assessment.verdict;
  s.quoted = claim.quoted;
  s.negated = claim.negated;
  s.one_fact = !claim.rule || !claim.rule->check || claim.rule->check->states_one_fact();
  for (const auto& [name, slot] : claim.slots) {
    if (!slot.mention) continue;
    const Mention& m = *slot.mention;
    if (m.kind == MentionKind::kEntity) {
      for (const NameRef& r : m.refs) {
        const Entity& e = kb.entities()[r.entity];
        if (counts_another_event(claim, e)) continue;
        s.subjects.push_back(e.id);
      }
    } else if (m.kind == MentionKind::kTime && m.time.period && m.time.type == "DATE" &&
               name != "at") {
      // {date:at} is when a claim is measured ("On March 7, 2024, two years after the
      // invasion"), not a value it gives.
      s.period = m.time.period;
      s.value_text = slot.text;
    } else if (m.kind == MentionKind::kNumber) {
      s.number = m.number;
      s.value_text = slot.text;
    }
  }
  if (!assessment.subject.empty()) {
    const Entity* e = kb.find(assessment.subject);
    if (!e || !counts_another_event(claim, *e)) s.subjects.push_back(assessment.subject);
  }
  return s;
}

std::vector<InternalConflict> find_internal_conflicts(const std::vector<Statement>& said,
                                                      const KnowledgeBase& kb) {
  std::vector<InternalConflict> out;
  auto usable = [](const Statement& s) {
    return s.one_fact && !s.quoted && !s.negated && !s.subjects.empty() && (s.period || s.number);
  };
  for (std::size_t later = 0; later < said.size(); ++later) {
    const Statement& b = said[later];
    if (!usable(b) || b.verdict != Verdict::kUnverifiable) continue;
    for (std::size_t earlier = 0; earlier < later; ++earlier) {
      const Statement& a = said[earlier];
      if (!usable(a) || a.fact != b.fact || a.verdict == Verdict::kContradicted) continue;
      if (!share_subject(a, b) || !disagree(a, b)) continue;
      InternalConflict c;
      c.later = later;
      c.earlier = earlier;
      c.expected = a.value_text;
      c.found = b.value_text;
      std::string who;
      for (const std::string& id : b.subjects) {
        if (std::find(a.subjects.begin(), a.subjects.end(), id) == a.subjects.end()) continue;
        if (const Entity* e = kb.find(id)) {
          who = e->name;
          c.subject = e->id;
        }
        break;
      }
      c.message = "The article earlier gives " + a.value_text + (who.empty() ? "" : " for " + who) +
                  ", not " + b.value_text;
      out.push_back(std::move(c));
      break;
    }
  }
  return out;
}

}  // namespace factlint
