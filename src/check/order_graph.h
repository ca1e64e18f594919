// Order constraints: "the vote came two days after the attack", "on March 7, 2024, days after
// the invasion began", "the referendum preceded the annexation". Each assertion puts one time
// point (an explicit date or a known event) strictly before another; over a whole article they
// form a Boost.Graph of "strictly before" edges, and a cycle is an order no reading of the
// dates allows.
//
//   std::vector<OrderAssertion> asserted;
//   if (auto o = order_assertion_of(claim, context)) asserted.push_back(*o);   // text order
//   for (const OrderConflict& c : find_order_conflicts(asserted, statements, kb)) ...
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/check.h"
#include "check/internal_check.h"

namespace factlint {

// One side of an assertion: an explicit date, or an event the records (or the article) date.
struct OrderSide {
  std::optional<Period> period;     // an explicit date
  std::vector<std::size_t> events;  // knowledge-base indices of the events a name can mean
  bool event_end = false;           // "after the war ended": the event's end, else its start
  std::string text;                 // as written
  std::size_t begin = 0;            // span in the document text
  std::size_t end = 0;
};

// A stated gap: "two days", "more than three years", "days" (some days), as a range of days.
struct OrderAmount {
  double min_days = 0;
  double max_days = 0;
  bool bounded = true;  // false: no upper bound ("more than three years")
  std::string text;
};

struct OrderAssertion {
  OrderSide earlier;
  OrderSide later;
  std::optional<OrderAmount> amount;
  std::string stated;     // the rule's message for it: "The article puts X after Y"
  std::size_t begin = 0;  // the assertion's span, which a finding points at
  std::size_t end = 0;
  std::size_t statement = 0;  // index of the claim's Statement, set by the caller
  bool quoted = false;
  bool negated = false;
};

// The assertion a claim of kind `order` makes; nullopt for other claims or a side that is
// neither a date nor an event.
std::optional<OrderAssertion> order_assertion_of(const Claim& claim, const CheckContext& context);

// Where a side lies by the records alone: the hull of every candidate event's start (or end),
// with the entries it rests on; nullopt when a candidate lacks the fact.
struct OrderAnchor {
  Period period;
  std::vector<Evidence> evidence;  // knowledge-base entries
  std::string fact;                // "Russian invasion of Ukraine began on 2022-02-24"
};
std::optional<OrderAnchor> records_anchor(const OrderSide& side, const KnowledgeBase& kb);

// Whether the stated order (and gap) can hold for some reading of two periods.
bool order_possible(const OrderAssertion& assertion, const Period& earlier, const Period& later);

struct OrderConflict {
  std::size_t assertion;  // the assertion that closes the cycle
  std::string message;
  std::string expected;
  std::string found;
  std::string subject;
  std::vector<Evidence> evidence;  // knowledge-base entries
  // Article positions the contradiction rests on (other assertions, dates the article gives
  // events), each with a line of what it says: the caller locates them.
  struct Said {
    std::string subject;
    std::string fact;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Said> said;
};

// Every cycle of "strictly before" constraints, each reported once, at the assertion (in text
// order) that closes it. Quoted and negated assertions, and statements the records contradict,
// take no part.
std::vector<OrderConflict> find_order_conflicts(const std::vector<OrderAssertion>& asserted,
                                                const std::vector<Statement>& said,
                                                const KnowledgeBase& kb);

}  // namespace factlint
