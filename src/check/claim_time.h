// Claim time: the period a claim speaks of, for checks whose truth depends on when ("Prime
// Minister Theresa May", "NATO member Finland", "Putin, 72,").
//
//   std::optional<Period> when = claim_time(claim, context);
//
// The publication date by default; an explicit date or year elsewhere in the sentence ("In 2019,
// Prime Minister Theresa May ...") when there is one. Time expressions that fill the claim's own
// slots are not the sentence's time. nullopt when neither is known: time-relative checks are
// then unverifiable.
#pragma once

#include <optional>

#include "check/check.h"

namespace factlint {

struct ClaimTime {
  Period period;
  bool from_sentence = false;  // an explicit date in the sentence, not the publication date
};

std::optional<ClaimTime> claim_time(const Claim& claim, const CheckContext& context);

// The day of publication as a claim time; nullopt without one (or at the calendar's edge).
std::optional<ClaimTime> publication_time(const CheckContext& context);

}  // namespace factlint
