// Claim time: an explicit time in the sentence, else the publication date.
#include "check/claim_time.h"

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
  if (context.published) return publication_time(context);
  return std::nullopt;
}

ClaimTime publication_time(const CheckContext& context) {
  return ClaimTime{Period(*context.published, *context.published + boost::gregorian::days(1)),
                   false};
}

}  // namespace factlint
