// Claim time: the period a claim speaks of, for checks whose truth depends on when ("Prime
// Minister Theresa May", "NATO member Finland", "Putin, 72,").
//
//   std::optional<Period> when = claim_time(claim, context);
//
// The publication date by default; an explicit date or year elsewhere in the sentence ("In 2019,
// Prime Minister Theresa May ...") when there is one. Time expressions that fill the claim's own
// slots are not the sentence's time, nor are those in a relative clause that does not hold the
// claim ("Britain, which left the EU in January last year, ...", read from the sentence's parse
// and its commas) or in an earlier clause closed by ", and" (unless the time opens the
// sentence). nullopt when neither is known: time-relative checks are then unverifiable.
#pragma once

#include <optional>
#include <string_view>

#include "check/check.h"

namespace factlint {

struct ClaimTime {
  Period period;
  bool from_sentence = false;  // an explicit date in the sentence, not the publication date
  // False for a date written without its year ("on January 6"), whose year was taken from the
  // publication date: a reading the article may not share.
  bool year_written = true;
};

// True when a time expression's text writes a year (four digits in a row): "July 17, 2014",
// "2019", not "July 17" or "last year".
bool writes_year(std::string_view text);

std::optional<ClaimTime> claim_time(const Claim& claim, const CheckContext& context);

// The time as `claims` shows it: "2019", "2025-08-08, the publication date".
std::string describe_claim_time(const ClaimTime& time);

// The reading "the article's year-less dates are of YEAR" (Assessment::holds_under): one
// spelling for every check, since the checker counts the claims that share it.
std::string year_less_dates_of(long long year);

// True when a time so described is the publication date, not a time the sentence tells.
bool judged_at_publication(std::string_view judged_at);

// The day of publication as a claim time; nullopt without one (or at the calendar's edge).
std::optional<ClaimTime> publication_time(const CheckContext& context);

}  // namespace factlint
