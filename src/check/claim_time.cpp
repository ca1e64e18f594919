// Claim time: an explicit time in the sentence (not one inside a relative clause apart from the
// claim, nor an opening "since" phrase), else the publication date.
#include "check/claim_time.h"

#include <re2/re2.h>

#include "core/checked_date.h"
#include "parse/sentence_parse.h"
#include "recognise/time_expressions.h"

namespace factlint {

namespace {

// True when the time at [begin, end) sits in a relative clause that does not hold the claim
// ("Britain, which left the EU in January last year, became ... and the EU's 27 member
// states"): that clause dates its own verb, not the sentence.
bool in_relative_clause_apart(const ParsedSentence& parse, std::size_t begin, std::size_t end,
                              const Claim& claim) {
  const std::vector<Word>& words = parse.words;
  auto index_at = [&](std::size_t from, std::size_t to) -> std::optional<std::size_t> {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (words[i].begin >= from && words[i].end <= to) return i;
    return std::nullopt;
  };
  std::optional<std::size_t> time_word = index_at(begin, end);
  std::optional<std::size_t> claim_word = index_at(claim.begin, claim.end);
  if (!time_word || !claim_word) return false;
  // Each clause root above the time, up to the sentence's root (bounded: a tree has no cycle,
  // but a corrupt one must not loop).
  std::size_t at = *time_word;
  for (std::size_t steps = 0; steps < words.size(); ++steps) {
    const Word& w = words[at];
    if (w.head <= 0 || static_cast<std::size_t>(w.head) > words.size()) return false;
    if (w.deprel == "acl:relcl") {
      // Does this clause hold the claim too?
      std::size_t c = *claim_word;
      for (std::size_t k = 0; k < words.size(); ++k) {
        if (c == at) return false;
        if (words[c].head <= 0 || static_cast<std::size_t>(words[c].head) > words.size()) break;
        c = static_cast<std::size_t>(words[c].head - 1);
      }
      return true;
    }
    at = static_cast<std::size_t>(w.head - 1);
  }
  return false;
}

// The same, read from the punctuation where the parse misses it: the time follows ", which"
// (who, whose, where) after the last comma before it, and a comma closes that clause before the
// claim.
bool in_commas_apart(std::string_view text, std::size_t sentence_begin, std::size_t begin,
                     std::size_t end, std::size_t claim_begin) {
  if (text.empty() || claim_begin > text.size() || begin < sentence_begin || end > claim_begin)
    return false;
  std::size_t comma = text.rfind(',', begin);
  if (comma == std::string_view::npos || comma < sentence_begin) return false;
  static const RE2 kRelative(R"(^,\s*(?:which|who|whose|where)\b)");
  std::string_view opening = text.substr(comma, std::min<std::size_t>(begin - comma, 40));
  if (!RE2::PartialMatch(opening, kRelative)) return false;
  return text.substr(end, claim_begin - end).find(',') != std::string_view::npos;
}

// True when the time ends a clause that ", and" (or ", but", "; ") closes before the claim's
// clause begins: "... began vaccinating in December, and the EU's 27 member states are
// racing". A time that opens the sentence ("In March 2020, schools closed, and ...") dates
// every clause after it, so only a time with words of its own clause before it is skipped.
bool in_earlier_conjunct(std::string_view text, std::size_t sentence_begin, std::size_t begin,
                         std::size_t end, std::size_t claim_begin) {
  if (text.empty() || claim_begin > text.size() || begin < sentence_begin || end > claim_begin)
    return false;
  static const RE2 kOpening(R"(^\s*(?:[A-Za-z]+\s+){0,2}$)");  // "In", "Back in", "On the"
  if (RE2::FullMatch(text.substr(sentence_begin, begin - sentence_begin), kOpening)) return false;
  static const RE2 kJoint(R"((?:,\s*(?:and|but|while)|;)\s)");
  return RE2::PartialMatch(text.substr(end, claim_begin - end), kJoint);
}

// True when the time sits in an opening "since" phrase or clause closed by a comma before the
// claim: "Since it was created in 1949, NATO has expanded to 30 members" speaks of now, from
// then.
bool in_opening_since(std::string_view text, std::size_t sentence_begin, std::size_t begin,
                      std::size_t end, std::size_t claim_begin) {
  if (text.empty() || claim_begin > text.size() || begin < sentence_begin || end > claim_begin)
    return false;
  static const RE2 kSince(R"(^\s*(?:[Ee]ver\s+)?[Ss]ince\b[^,;]*$)");
  return RE2::FullMatch(text.substr(sentence_begin, begin - sentence_begin), kSince) &&
         text.substr(end, claim_begin - end).find(',') != std::string_view::npos;
}

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
      if (m.begin >= claim.begin) continue;
      if (in_commas_apart(context.text, claim.sentence_begin, m.begin, m.end, claim.begin) ||
          in_earlier_conjunct(context.text, claim.sentence_begin, m.begin, m.end, claim.begin) ||
          in_opening_since(context.text, claim.sentence_begin, m.begin, m.end, claim.begin) ||
          (context.sentence_parse &&
           in_relative_clause_apart(context.sentence_parse->get(), m.begin, m.end, claim)))
        continue;
      Period period = *m.time.period;
      // A bare weekday ("release hostages Saturday") may be the one after the day it was
      // resolved to or the one before: the week either side.
      if (m.time.relative && weekday_from_name(m.time.text)) {
        auto from = add_days(period.begin(), -7);
        auto to = add_days(period.last(), 7);
        if (from && to)
          if (auto week = inclusive_period(*from, *to)) period = *week;
      }
      return ClaimTime{period, true, !year_taken_from_publication(m.time.text)};
    }
  }
  return publication_time(context);
}

namespace {
constexpr std::string_view kAtPublication = ", the publication date";
}  // namespace

bool judged_at_publication(std::string_view judged_at) {
  return judged_at.size() >= kAtPublication.size() &&
         judged_at.substr(judged_at.size() - kAtPublication.size()) == kAtPublication;
}

std::string year_less_dates_of(long long year) {
  return "the article's year-less dates are of " + std::to_string(year);
}

std::string describe_claim_time(const ClaimTime& time) {
  return describe_period(time.period) + std::string(time.from_sentence ? "" : kAtPublication);
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
