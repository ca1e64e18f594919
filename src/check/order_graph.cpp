// Order constraints over one article, and the cycles among them.
//
// Vertices are time points: explicit dates (their periods) and events (a start or an end),
// anchored where the records or the article date them. Edges say "strictly before": one per
// assertion, and one between any two anchored points whose periods are disjoint. Periods are
// disjoint only when every reading orders them, so derived edges alone never form a cycle; an
// assertion that closes one states an order no reading allows. Same-day points are never
// ordered: "a minute before midnight, a day ahead of the August 31 deadline" may share a day.
#include "check/order_graph.h"

#include <re2/re2.h>

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>

#include "check/discourse.h"
#include "extract/rule.h"

namespace factlint {

namespace {

// "March 7, 2021" names its year; "March 7" was read against the publication date.
bool names_year(const std::string& text) {
  static const RE2 kYear(R"(\b[0-9]{4}\b)");
  return RE2::PartialMatch(text, kYear);
}

// Days in one unit of a TimeML duration ("P3D", "P2W", "PT4H", "P1DE").
std::optional<double> unit_days(std::string_view unit, bool clock) {
  if (clock) {
    if (unit == "H") return 1.0 / 24;
    if (unit == "M") return 1.0 / 1440;
    if (unit == "S") return 1.0 / 86400;
    return std::nullopt;
  }
  if (unit == "D") return 1.0;
  if (unit == "W") return 7.0;
  if (unit == "M") return 30.44;
  if (unit == "Y") return 365.25;
  if (unit == "DE") return 3652.5;
  if (unit == "CE") return 36525.0;
  return std::nullopt;
}

// The gaps a duration allows, in days. A count is read to within one unit or 30% either way
// (and a day for times of day); "days" alone means at least one and not past a few dozen.
std::optional<OrderAmount> amount_of(const TimeExpression& t) {
  static const RE2 kValue(R"(P(T?)([0-9]+(?:\.[0-9]+)?|X)([A-Z]+))");
  // "the day before", "the week after": one unit, though recognised as a vague date.
  static const RE2 kTheUnit(R"((?i)the (day|week|month|year))");
  std::string clock;
  std::string count;
  std::string unit;
  std::string the_unit;
  if (RE2::FullMatch(t.text, kTheUnit, &the_unit)) {
    count = "1";
    unit = std::string(1, static_cast<char>(std::toupper(static_cast<unsigned char>(the_unit[0]))));
  } else if (t.type != "DURATION" || !RE2::FullMatch(t.value, kValue, &clock, &count, &unit)) {
    return std::nullopt;
  }
  auto per_unit = unit_days(unit, !clock.empty());
  if (!per_unit) return std::nullopt;
  OrderAmount a;
  a.text = t.text;
  double slack = std::max(*per_unit, 1.0);
  if (count == "X") {
    // Unspecified: "hours after" may cross midnight; "days after" is at least a day.
    constexpr double kMostUnits = 60;
    a.min_days = *per_unit >= 1 ? *per_unit : 0;
    a.max_days = *per_unit >= 1 ? kMostUnits * *per_unit : 2;
    return a;
  }
  char* parsed_end = nullptr;
  double days = std::strtod(count.c_str(), &parsed_end) * *per_unit;
  if (parsed_end == count.c_str() || !std::isfinite(days)) return std::nullopt;
  // Round figures are loose: "a decade" for twelve years, "two years" for thirty months.
  slack = std::max(slack, days * (t.mod == "APPROX" ? 0.4 : 0.3));
  a.min_days = std::max(0.0, days - slack);
  a.max_days = days + slack;
  if (t.mod == "LESS_THAN" || t.mod == "EQUAL_OR_LESS") a.min_days = 0;
  if (t.mod == "MORE_THAN" || t.mod == "EQUAL_OR_MORE") a.bounded = false;
  return a;
}

// "after the war ended", "after the end of the war": the side is the event's end.
bool speaks_of_end(const Claim& claim, const CheckContext& ctx, std::size_t begin,
                   std::size_t end) {
  static const RE2 kEndAfter(
      R"((?:had |has )?(?:ended|was over|were over|came to an end|finished|concluded)\b.*)");
  static const RE2 kEndBefore(R"(.*\bend of(?: the)?)");
  return RE2::FullMatch(words_after(claim, ctx, end, 4), kEndAfter) ||
         RE2::FullMatch(words_before(claim, ctx, begin, 3), kEndBefore);
}

// The side's events, sorted, and whether it speaks of their end. False when the words after a
// side that ends the match make it another moment or another event: "before the war
// escalated", "the war's end", "after the attack in Kabul" (a description with a modifier).
bool settle_events(const Claim& claim, const CheckContext& ctx, OrderSide& side, bool described,
                   bool subject) {
  std::sort(side.events.begin(), side.events.end());
  side.events.erase(std::unique(side.events.begin(), side.events.end()), side.events.end());
  // A single-day event has one moment: its start and end are its date.
  bool all_single_day = std::all_of(side.events.begin(), side.events.end(), [&](std::size_t i) {
    const Entity& e = ctx.kb.entities()[i];
    return e.date && !e.start && !e.end;
  });
  side.event_end = !all_single_day && speaks_of_end(claim, ctx, side.begin, side.end);
  if (subject) return true;  // the pattern's own verb follows
  std::string next = words_after(claim, ctx, side.end, 1);
  if (next.rfind("'s", 0) == 0 || next.rfind("\xE2\x80\x99s", 0) == 0) return false;
  if (next.empty() || std::ispunct(static_cast<unsigned char>(next[0]))) return true;
  while (!next.empty() && std::ispunct(static_cast<unsigned char>(next.back()))) next.pop_back();
  static const std::set<std::string> kMoment = {"began",   "begun", "started",  "broke",
                                                "erupted", "ended", "finished", "concluded"};
  static const std::set<std::string> kSameDay = {"was", "were", "had"};
  static const std::set<std::string> kNamedModifier = {"in", "on", "of", "at", "and"};
  if (kMoment.count(next) || side.event_end) return true;
  if (all_single_day && kSameDay.count(next)) return true;
  return !described && kNamedModifier.count(next);
}

std::optional<OrderSide> side_of(const Claim& claim, const CheckContext& ctx,
                                 const SlotValue* slot) {
  if (!slot || !slot->mention) return std::nullopt;
  const Mention& m = *slot->mention;
  OrderSide side;
  side.text = slot->text;
  side.begin = slot->begin;
  side.end = slot->end;
  if (m.kind == MentionKind::kTime) {
    if (m.time.type != "DATE" || !m.time.period) return std::nullopt;
    side.period = m.time.period;
    return side;
  }
  if (m.kind != MentionKind::kEntity) return std::nullopt;
  for (const NameRef& r : m.refs)
    if (ctx.kb.entities()[r.entity].type == EntityType::kEvent) side.events.push_back(r.entity);
  if (side.events.empty()) return std::nullopt;
  if (!settle_events(claim, ctx, side, false, side.end < claim.end)) return std::nullopt;
  return side;
}

// A side written as a description of an event the article named before ("days after the
// invasion began", "the accession came two days before ..."): the latest event named that
// the words after "the" describe ("civil war", else "war"). It opens the match when the
// other side's slot ends it, else it ends the match.
std::optional<OrderSide> described_side(const Claim& claim, const CheckContext& ctx,
                                        bool opens_match) {
  if (ctx.text.size() < claim.end) return std::nullopt;
  re2::StringPiece match(ctx.text.data() + claim.begin, claim.end - claim.begin);
  static const RE2 kOpening(R"((?s)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([A-Za-z-]+)(?:\s+([a-z]+))?.*)");
  static const RE2 kEnding(R"((?s).*\b(?:the|its|their)\s+([A-Za-z-]+)(?:\s+([a-z]+))?)");
  re2::StringPiece first;
  re2::StringPiece second;
  if (!RE2::FullMatch(match, opens_match ? kOpening : kEnding, &first, &second))
    return std::nullopt;
  auto offset = [&](const re2::StringPiece& piece) {
    return static_cast<std::size_t>(piece.data() - ctx.text.data());
  };
  struct Noun {
    std::string words;
    std::size_t begin;
    std::size_t end;
  };
  std::vector<Noun> nouns;
  if (!second.empty()) {
    std::size_t end = offset(second) + second.size();
    nouns.push_back({std::string(first) + " " + std::string(second), offset(first), end});
    nouns.push_back({std::string(second), offset(second), end});
  }
  nouns.push_back({std::string(first), offset(first), offset(first) + first.size()});
  for (const Noun& noun : nouns) {
    auto events = latest_mentioned(claim, ctx, claim.begin, [&](const Entity& e) {
      return e.type == EntityType::kEvent && has_descriptor(e, noun.words);
    });
    if (events.empty()) continue;
    OrderSide side;
    side.begin = noun.begin;
    side.end = noun.end;
    side.text = "the " + noun.words;
    for (const Entity* e : events) side.events.push_back(ctx.kb.index_of(*e));
    if (!settle_events(claim, ctx, side, true, opens_match)) return std::nullopt;
    return side;
  }
  return std::nullopt;
}

// The event's moment in the records, and the key it was read from.
std::optional<std::pair<FuzzyDate, std::string>> moment_of(const Entity& e, bool end) {
  if (end) {
    if (e.end) return std::make_pair(*e.end, std::string("end"));
  } else if (e.start) {
    return std::make_pair(*e.start, std::string("start"));
  }
  if (e.date) return std::make_pair(*e.date, std::string("date"));
  return std::nullopt;
}

Period hull(const Period& a, const Period& b) {
  return make_period(std::min(a.begin(), b.begin()), std::max(a.end(), b.end())).value_or(a);
}

std::string side_label(const OrderSide& side, const KnowledgeBase& kb) {
  if (side.events.size() == 1) return kb.entities()[side.events.front()].name;
  return side.text;
}

long days_between(Day from, Day to) {
  return (to - from).days();
}

}  // namespace

std::optional<OrderAssertion> order_assertion_of(const Claim& claim, const CheckContext& context) {
  if (claim.kind != "order" || !claim.rule) return std::nullopt;
  // At most one side may be a description instead of a slot.
  const SlotValue* earlier_slot = claim.slot("earlier");
  const SlotValue* later_slot = claim.slot("later");
  if (!earlier_slot && !later_slot) return std::nullopt;
  const SlotValue* present = earlier_slot ? earlier_slot : later_slot;
  bool description_opens = present->end >= claim.end;
  auto earlier = earlier_slot ? side_of(claim, context, earlier_slot)
                              : described_side(claim, context, description_opens);
  auto later = later_slot ? side_of(claim, context, later_slot)
                          : described_side(claim, context, description_opens);
  if (!earlier || !later) return std::nullopt;
  // "On Friday, days after the attack", "on October 8, a day after the Hamas attack": a date
  // without its year was read against the publication date, and the event it is ordered
  // against may lie in another year; only a date with its year speaks of history.
  auto unsure_year = [](const OrderSide& s) { return s.period && !names_year(s.text); };
  if ((unsure_year(*earlier) && !later->events.empty()) ||
      (unsure_year(*later) && !earlier->events.empty()))
    return std::nullopt;
  OrderAssertion a;
  a.earlier = std::move(*earlier);
  a.later = std::move(*later);
  std::map<std::string, std::string> vars = {
      {"earlier.text", a.earlier.text}, {"later.text", a.later.text}, {"amount.text", ""}};
  if (const SlotValue* amount = claim.slot("amount"); amount && amount->mention) {
    a.amount = amount_of(amount->mention->time);
    // An amount that is not a length of time ("on Friday") says nothing about the gap.
    if (!a.amount) return std::nullopt;
    vars["amount.text"] = amount->text;
  }
  a.stated = render_template(claim.rule->message, vars);
  // Collapse the space a missing amount leaves: "X came  after Y".
  for (std::size_t at; (at = a.stated.find("  ")) != std::string::npos;) a.stated.erase(at, 1);
  a.begin = claim.begin;
  a.end = claim.end;
  a.quoted = claim.quoted;
  a.negated = claim.negated;
  return a;
}

std::optional<OrderAnchor> records_anchor(const OrderSide& side, const KnowledgeBase& kb) {
  if (side.events.empty()) return std::nullopt;
  std::optional<OrderAnchor> anchor;
  std::vector<std::string> facts;
  for (std::size_t index : side.events) {
    const Entity& e = kb.entities()[index];
    auto moment = moment_of(e, side.event_end);
    if (!moment) return std::nullopt;  // one reading the records cannot place
    Period p = moment->first.period();
    if (!anchor)
      anchor = OrderAnchor{p, {}, {}};
    else
      anchor->period = hull(anchor->period, p);
    anchor->evidence.push_back({e.id, moment->second + " " + moment->first.iso(),
                                e.primary_source(), e.position_of(moment->second)});
    const char* verb = moment->second == "start" ? " began on "
                       : moment->second == "end" ? " ended on "
                                                 : " was on ";
    facts.push_back(e.name + verb + moment->first.iso());
  }
  for (const std::string& f : facts) anchor->fact += (anchor->fact.empty() ? "" : " or ") + f;
  return anchor;
}

bool order_possible(const OrderAssertion& assertion, const Period& earlier, const Period& later) {
  long widest = days_between(earlier.begin(), later.last());
  long narrowest = days_between(earlier.last(), later.begin());
  if (widest < 0) return false;
  if (!assertion.amount) return true;
  const OrderAmount& amount = *assertion.amount;
  if (static_cast<double>(widest) < amount.min_days) return false;
  if (amount.bounded && static_cast<double>(narrowest) > amount.max_days) return false;
  return true;
}

namespace {

struct Point {
  std::optional<Period> anchor;
  std::string label;    // "March 7, 2021", "Russian invasion of Ukraine"
  std::string fact;     // why it lies where it does, for the message
  std::string subject;  // an entity id, for events named by one candidate
  std::vector<Evidence> evidence;
  std::vector<OrderConflict::Said> said;
};

struct EdgeInfo {
  int assertion = -1;  // the assertion it states, or -1 when derived from two anchors
};

using OrderGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property, EdgeInfo>;
using Vertex = boost::graph_traits<OrderGraph>::vertex_descriptor;
using Edge = boost::graph_traits<OrderGraph>::edge_descriptor;

// Calls back on each edge a breadth-first search takes to a new vertex.
struct TreeEdgeRecorder : boost::base_visitor<TreeEdgeRecorder> {
  using event_filter = boost::on_tree_edge;
  std::function<void(Edge, const OrderGraph&)> on_tree;
  void operator()(Edge e, const OrderGraph& g) { on_tree(e, g); }
};

class OrderNetwork {
 public:
  OrderNetwork(const std::vector<Statement>& said, const KnowledgeBase& kb)
      : said_(said), kb_(kb) {}

  Vertex vertex(const OrderSide& side) {
    std::string key = key_of(side);
    auto it = by_key_.find(key);
    if (it != by_key_.end()) return it->second;
    Point p = point_of(side);
    Vertex v = boost::add_vertex(graph_);
    // Every reading orders points with disjoint periods.
    if (p.anchor) {
      for (Vertex u = 0; u < points_.size(); ++u) {
        const auto& other = points_[u].anchor;
        if (!other) continue;
        if (other->end() <= p.anchor->begin()) boost::add_edge(u, v, EdgeInfo{}, graph_);
        if (p.anchor->end() <= other->begin()) boost::add_edge(v, u, EdgeInfo{}, graph_);
      }
    }
    points_.push_back(std::move(p));
    by_key_.emplace(std::move(key), v);
    return v;
  }

  const Point& point(Vertex v) const { return points_[v]; }

  // Adds earlier -> later; when later already reaches earlier, takes it back and returns the
  // edges of that path.
  std::optional<std::vector<Edge>> add_closing(Vertex earlier, Vertex later, int assertion) {
    Edge added = boost::add_edge(earlier, later, EdgeInfo{assertion}, graph_).first;
    std::vector<Edge> reached_by(boost::num_vertices(graph_));
    std::vector<char> reached(boost::num_vertices(graph_), 0);
    reached[later] = 1;
    auto mark = [&](Edge e, const OrderGraph& g) {
      reached[boost::target(e, g)] = 1;
      reached_by[boost::target(e, g)] = e;
    };
    TreeEdgeRecorder recorder{{}, mark};
    boost::breadth_first_search(graph_, later, boost::visitor(boost::make_bfs_visitor(recorder)));
    if (!reached[earlier] || earlier == later) return std::nullopt;
    boost::remove_edge(added, graph_);
    std::vector<Edge> path;
    for (Vertex at = earlier; at != later; at = boost::source(reached_by[at], graph_))
      path.push_back(reached_by[at]);
    std::reverse(path.begin(), path.end());
    return path;
  }

  int assertion_of(Edge e) const { return graph_[e].assertion; }
  Vertex source(Edge e) const { return boost::source(e, graph_); }
  Vertex target(Edge e) const { return boost::target(e, graph_); }

 private:
  static std::string key_of(const OrderSide& side) {
    if (side.period)
      return "date:" + iso_day(side.period->begin()) + ".." + iso_day(side.period->last());
    std::string key = side.event_end ? "end:" : "start:";
    for (std::size_t i : side.events) key += std::to_string(i) + ",";
    return key;
  }

  Point point_of(const OrderSide& side) const {
    Point p;
    if (side.period) {
      p.anchor = side.period;
      p.label = side.text;
      return p;
    }
    p.label = side_label(side, kb_);
    if (side.events.size() == 1) p.subject = kb_.entities()[side.events.front()].id;
    if (auto records = records_anchor(side, kb_)) {
      p.anchor = records->period;
      p.fact = records->fact;
      p.evidence = std::move(records->evidence);
    }
    if (p.subject.empty()) return p;
    // The dates the article itself gives the event, where the records did not refute them.
    for (const Statement& s : said_) {
      if (s.quoted || s.negated || !s.period || s.verdict == Verdict::kContradicted) continue;
      if (s.fact.rfind("event_date:", 0) != 0) continue;
      std::set<std::string> subjects(s.subjects.begin(), s.subjects.end());
      if (subjects != std::set<std::string>{p.subject}) continue;
      bool about_end = s.fact.find("end") != std::string::npos;
      if (about_end != side.event_end && !kb_.entities()[side.events.front()].date) continue;
      if (p.anchor && !p.anchor->intersects(*s.period)) continue;
      p.anchor = p.anchor ? p.anchor->intersection(*s.period) : *s.period;
      std::string dated = "the article dates " + p.label + " " + s.value_text;
      p.fact += (p.fact.empty() ? "" : ", and ") + dated;
      p.said.push_back({p.subject, "stated " + s.value_text, s.begin, s.end});
    }
    return p;
  }

  const std::vector<Statement>& said_;
  const KnowledgeBase& kb_;
  OrderGraph graph_;
  std::vector<Point> points_;
  std::map<std::string, Vertex> by_key_;
};

std::string found_of(const OrderAssertion& a) {
  return a.earlier.text + (a.amount ? " " + a.amount->text : "") + " before " + a.later.text;
}

// What the points of a cycle hold, once each, for the message and the evidence.
void describe_points(const OrderNetwork& net, const std::vector<Vertex>& points, OrderConflict& c,
                     std::vector<std::string>& facts) {
  std::set<Vertex> seen;
  for (Vertex v : points) {
    if (!seen.insert(v).second) continue;
    const Point& p = net.point(v);
    if (!p.fact.empty()) facts.push_back(p.fact);
    if (p.fact.empty() && p.anchor && p.subject.empty() && !names_year(p.label))
      facts.push_back(p.label + " is " + describe_period(*p.anchor));
    if (p.anchor)
      c.expected += (c.expected.empty() ? "" : "; ") + p.label + ": " + describe_period(*p.anchor);
    if (c.subject.empty()) c.subject = p.subject;
    c.evidence.insert(c.evidence.end(), p.evidence.begin(), p.evidence.end());
    c.said.insert(c.said.end(), p.said.begin(), p.said.end());
  }
}

std::string join(const std::vector<std::string>& parts, const std::string& glue) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : glue) + p;
  return out;
}

}  // namespace

std::vector<OrderConflict> find_order_conflicts(const std::vector<OrderAssertion>& asserted,
                                                const std::vector<Statement>& said,
                                                const KnowledgeBase& kb) {
  std::vector<OrderConflict> out;
  OrderNetwork net(said, kb);
  std::set<std::pair<std::size_t, std::size_t>> sides_seen;
  for (std::size_t i = 0; i < asserted.size(); ++i) {
    const OrderAssertion& a = asserted[i];
    if (a.quoted || a.negated) continue;
    // Two patterns may find one assertion ("On March 7, days after ..." and "March 7, days
    // after ..."): its sides' spans name it.
    if (!sides_seen.emplace(a.earlier.begin, a.later.begin).second) continue;
    Vertex earlier = net.vertex(a.earlier);
    Vertex later = net.vertex(a.later);
    if (earlier == later) continue;
    OrderConflict c;
    c.assertion = i;
    c.found = found_of(a);
    std::vector<std::string> facts;
    const auto& from = net.point(earlier).anchor;
    const auto& to = net.point(later).anchor;
    if (from && to && !order_possible(a, *from, *to)) {
      // Two anchored sides: the assertion alone contradicts their dates.
      describe_points(net, {earlier, later}, c, facts);
      std::string gap;
      if (a.amount && days_between(from->begin(), to->last()) >= 0) {
        long lo = std::max(0L, days_between(from->last(), to->begin()));
        long hi = days_between(from->begin(), to->last());
        gap = lo == hi ? std::to_string(lo) + " days apart"
                       : std::to_string(lo) + " to " + std::to_string(hi) + " days apart";
        facts.push_back(gap);
      }
      c.message =
          a.stated + ", but " + (facts.empty() ? "the dates say otherwise" : join(facts, "; "));
      out.push_back(std::move(c));
      continue;
    }
    auto path = net.add_closing(earlier, later, static_cast<int>(i));
    if (!path) continue;
    std::vector<Vertex> cycle = {earlier, later};
    std::vector<std::string> others;
    for (const Edge& e : *path) {
      cycle.push_back(net.target(e));
      int other = net.assertion_of(e);
      if (other < 0) continue;
      const OrderAssertion& o = asserted[static_cast<std::size_t>(other)];
      others.push_back(o.stated);
      c.said.push_back({net.point(net.target(e)).subject, o.stated, o.begin, o.end});
    }
    describe_points(net, cycle, c, facts);
    for (std::string o : others) {
      if (!o.empty()) o[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(o[0])));
      facts.push_back(o);
    }
    c.message =
        a.stated + ", but " + (facts.empty() ? "the dates say otherwise" : join(facts, "; "));
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace factlint
