// Discourse: what a claim's surroundings say, for checks that need more than their slots: the
// words next to a slot ("more than" before a count, "years" after an amount) and the entity a
// second reference ("the crash", "the alliance") points at.
//
//   std::string before = words_before(claim, ctx, slot->begin, 3);        // "More than"
//   DescribedEvents wars = described_events(claim, ctx, "civil war", claim.begin);
//   auto events = latest_mentioned(claim, ctx, claim.begin, [](const Entity& e) {
//     return e.type == EntityType::kEvent && e.deaths; });
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"

namespace factlint {

// Up to `count` words of the claim's sentence right before `offset`, lower-cased, single-spaced
// ("more than"); empty when the text is not available.
std::string words_before(const Claim& claim, const CheckContext& ctx, std::size_t offset,
                         int count);
// Up to `count` words of the claim's sentence from `offset` on, lower-cased, single-spaced.
std::string words_after(const Claim& claim, const CheckContext& ctx, std::size_t offset, int count);

// The entities of the latest mention before `offset` (in the claim's sentence, then in earlier
// sentences) with at least one reference that `fits`; only the fitting ones. Empty if none.
std::vector<const Entity*> latest_mentioned(const Claim& claim, const CheckContext& ctx,
                                            std::size_t offset,
                                            const std::function<bool(const Entity&)>& fits);

// True when `noun` ("crash", "alliance", "attacks") is one of the entity's descriptors, compared
// case-insensitively and ignoring a plural -s.
bool has_descriptor(const Entity& e, std::string_view noun);

// The countries a mention places a claim in: a country or demonym itself, a place's or an
// office's country, the countries of the offices a person held.
std::vector<std::string> countries_of(const Mention& m, const KnowledgeBase& kb);

// The events a description ("the civil war", "a war", "the referendum") can mean in a claim
// that names none: the latest event the article named that `noun` describes, and the events
// `noun` describes located in a country the sentence names (or, when neither gives any, in a
// country the article named before). Any of them may be meant. Only the named ones are a
// resolution; the located ones are candidates a check must narrow further (by date), since the
// records miss many events. The named event is looked for before `offset` (not in the claim's
// own words); the countries anywhere in the sentence.
struct DescribedEvents {
  std::vector<const Entity*> named;
  std::vector<const Entity*> located;
};
DescribedEvents described_events(const Claim& claim, const CheckContext& ctx, std::string_view noun,
                                 std::size_t offset);

// True when the sentence narrates the past outside [skip_begin, skip_end) (the claim's own words):
// a past verb ("signed into law by President Ronald Reagan", "met the Queen at"), a perfect
// ("have cast", "has been"), or a date over a month before publication ("in 2008"). Such a
// sentence tells of a time it may not name: a former office-holder keeps the title held then
// ("an adviser to President George W. Bush"), an anniversary is the one held then. Reporting
// verbs ("said", "told") do not count: news reports what was said in the last days.
bool narrates_past(const Claim& claim, const CheckContext& ctx, std::size_t skip_begin,
                   std::size_t skip_end);

}  // namespace factlint
