// Claim time: an explicit time in the sentence, else the publication date.
#include "check/claim_time.h"

#include <re2/re2.h>

#include "core/checked_date.h"

namespace factlint {

namespace {

// "January 6", "Jan. 6", "in March": a month written without its year, which the recogniser
// took from the publication date. Not "last March" or "this June", whose year the words give.
bool year_taken_from_publication(const std::string& text) {
  static const RE2 kMonth(
      R"((?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)\b)");
  static const RE2 kYearWords(R"((?i)\b(?:this|last|next|previous|past|coming)\b)");
  return !writes_year(text) && RE2::PartialMatch(text, kMonth) &&
         !RE2::PartialMatch(text, kYearWords);
}

}  // namespace

std::optional<ClaimTime> claim_time(const Claim& claim, const CheckContext& context) {
  if (claim.sentence) {
    for (const Mention& m : claim.sentence->items) {
      if (m.kind != MentionKind::kTime || !m.time.period) continue;
      bool is_slot = false;
      for (const auto& [name, slot] : claim.slots)
        if (slot.mention == &m) is_slot = true;
      if (is_slot) continue;
      // A date before the claim in the sentence sets its time ("In 2019, Prime Minister ...");
      // one after it usually dates a different event ("... who met Xi in 2019"), so only a
      // leading one counts.
      if (m.begin < claim.begin)
        return ClaimTime{*m.time.period, true, !year_taken_from_publication(m.time.text)};
    }
  }
  return publication_time(context);
}

bool writes_year(std::string_view text) {
  int digits = 0;
  for (char c : text) {
    digits = (c >= '0' && c <= '9') ? digits + 1 : 0;
    if (digits == 4) return true;
  }
  return false;
}

std::optional<ClaimTime> publication_time(const CheckContext& context) {
  if (!context.published) return std::nullopt;
  if (auto day = day_span(*context.published)) return ClaimTime{*day, false};
  return std::nullopt;
}

}  // namespace factlint
