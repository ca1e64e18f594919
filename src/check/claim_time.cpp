// Claim time: an explicit time in the sentence, else the publication date.
#include "check/claim_time.h"

#include "core/checked_date.h"

namespace factlint {

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
      if (m.begin < claim.begin) return ClaimTime{*m.time.period, true};
    }
  }
  return publication_time(context);
}

std::optional<ClaimTime> publication_time(const CheckContext& context) {
  if (!context.published) return std::nullopt;
  if (auto day = day_span(*context.published)) return ClaimTime{*day, false};
  return std::nullopt;
}

}  // namespace factlint
