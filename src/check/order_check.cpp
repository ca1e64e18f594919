// order: one time point put before another ("two days after the referendum", "a day ahead of
// the August 31 deadline", "the vote preceded the annexation"). Slots {earlier} and {later} are
// the two sides, each a date or an event ({date:earlier}, {event:later}); {amount} an optional
// gap. A claim is consistent when some reading of both sides' periods allows the order and the
// gap; an order no reading allows is reported once per article, with every other order the
// article states, as `internal-order` (order_graph.h), so it is never contradicted here.
#include <set>

#include "check/check.h"
#include "check/order_graph.h"

namespace factlint {

namespace {

std::optional<Period> side_period(const OrderSide& side, const KnowledgeBase& kb,
                                  std::vector<Evidence>& evidence) {
  if (side.period) return side.period;
  auto anchor = records_anchor(side, kb);
  if (!anchor) return std::nullopt;
  evidence.insert(evidence.end(), anchor->evidence.begin(), anchor->evidence.end());
  return anchor->period;
}

class OrderCheck final : public ClaimCheck {
 public:
  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    auto asserted = order_assertion_of(claim, ctx);
    if (!asserted) {
      a.note = "a side is neither a date nor an event, or the gap is not a length of time";
      return a;
    }
    if (asserted->earlier.events.size() == 1)
      a.subject = ctx.kb.entities()[asserted->earlier.events.front()].id;
    else if (asserted->later.events.size() == 1)
      a.subject = ctx.kb.entities()[asserted->later.events.front()].id;
    std::vector<Evidence> evidence;
    auto earlier = side_period(asserted->earlier, ctx.kb, evidence);
    auto later = side_period(asserted->later, ctx.kb, evidence);
    if (!earlier || !later) {
      a.note = "the records date only one side; the article may date the other";
      return a;
    }
    a.found = describe_period(*earlier) + " before " + describe_period(*later);
    if (order_possible(*asserted, *earlier, *later)) {
      a.verdict = Verdict::kConsistent;
      a.evidence = std::move(evidence);
      return a;
    }
    a.note = claim.negated ? "negated statement"
                           : "no reading of the dates allows this order (see internal-order)";
    return a;
  }
};

class OrderCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "order"; }
  // {earlier} and {later}; one of them may be left out when the pattern ends with the
  // description of an event the article named ("days after the invasion").
  std::vector<std::string> required_slots() const override { return {}; }
  std::string default_report_slot() const override { return "match"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    if (!options.empty()) {
      *error = "unknown check option '" + options.begin()->first + "' for order (it takes none)";
      return nullptr;
    }
    const std::set<std::string> allowed = {"earlier.text", "later.text", "amount.text"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v +
                 "} for order (expected earlier.text, later.text, amount.text)";
        return nullptr;
      }
    }
    return std::make_unique<OrderCheck>();
  }
};

}  // namespace

const CheckKind& order_check_kind() {
  static const OrderCheckKind kKind;
  return kKind;
}

}  // namespace factlint
