// duration: how long something has lasted, against the records and the time of the sentence.
//
// `measure:` in the rule says what the matched text states:
//   elapsed    an amount of an event ("nearly 16 years of war", "a war of nearly 20 years"):
//              from its start to its end, or to the time of the sentence while it lasts;
//   since      the time since an event ("marks 20 years since the September 11 attacks", "On
//              March 7, 2024, two years after the invasion");
//   year       an ordinal year ("now in its fourth year", "entering its third year"): the war
//              began 2022-02-24, so on 2023-02-24 it enters its second year;
//   anniversary  "the tenth anniversary of ...": the ordinal is the years since the event;
//   tenure     a person's time in an office named in the sentence ("Supreme Leader Ali
//              Khamenei, who has held the post for more than four decades", "after 12 years as
//              pope", "who has led the alliance since 2014");
//   membership "ending 47 years of membership": a country's membership of an organization.
// The amount and its qualifier are read from the matched text (rules use `report: match`):
// "more than", "nearly", "about" widen or bound it as for counts. The event is the {event}
// slot, else what a noun of the match describes (described_events: the latest event the article
// named, and wars going on in a country the sentence names, "Syrians ... years of war"), with
// the events they are part of. Any candidate that agrees makes the claim consistent. The time
// measured to is the sentence's, or a {date:at} slot's, or with `to: publication` the
// publication date. A tenure the records do not model (a party leadership) is unverifiable.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/discourse.h"
#include "core/checked_date.h"
#include "core/text.h"

namespace factlint {

namespace {

enum class Measure { kElapsed, kSince, kYear, kAnniversary, kTenure, kMembership };

// The time a claim is measured to: the sentence's (claim_time), or always the publication date
// for clauses whose present tense says "now" ("Three years after the invasion, Kyiv is still
// fighting") even when the sentence names another date. A {date:at} slot overrides both ("On
// March 7, 2024, two years after the invasion").
enum class MeasuredTo { kClaimTime, kPublication };

constexpr double kDaysPerYear = 365.2425;

const std::map<std::string, int>& cardinal_words() {
  static const std::map<std::string, int> kWords = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
      {"a", 1},        {"an", 1}};
  return kWords;
}

const std::map<std::string, int>& ordinal_words() {
  static const std::map<std::string, int> kWords = {
      {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
      {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
      {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
      {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30},   {"fortieth", 40},   {"fiftieth", 50}};
  return kWords;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ',') {
      if (c != ',')
        cur += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      else if (!cur.empty() && std::isdigit(static_cast<unsigned char>(cur.back())))
        continue;
      else if (!cur.empty()) {
        out.push_back(cur);
        cur.clear();
      }
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  // "a 14-year papacy", "his 12-year-old": the number and its unit as two words.
  std::vector<std::string> split;
  for (const std::string& x : out) {
    std::size_t dash = x.find('-');
    if (dash != std::string::npos && dash > 0 &&
        std::all_of(x.begin(), x.begin() + static_cast<long>(dash), ::isdigit)) {
      split.push_back(x.substr(0, dash));
      split.push_back(x.substr(dash + 1));
    } else {
      split.push_back(x);
    }
  }
  return split;
}

std::optional<int> cardinal(const std::string& w) {
  if (!w.empty() && std::all_of(w.begin(), w.end(), ::isdigit) && w.size() < 6) return std::stoi(w);
  auto it = cardinal_words().find(w);
  if (it != cardinal_words().end()) return it->second;
  return std::nullopt;
}

std::optional<int> ordinal(const std::string& w) {
  auto it = ordinal_words().find(w);
  if (it != ordinal_words().end()) return it->second;
  if (w.size() > 2 && std::all_of(w.begin(), w.end() - 2, ::isdigit) && w.size() < 7) {
    std::string suffix = w.substr(w.size() - 2);
    if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th")
      return std::stoi(w.substr(0, w.size() - 2));
  }
  return std::nullopt;
}

// The range of years a stated amount allows: "nearly 16 years" -> [14.4, 16.1].
struct Amount {
  double lo = 0;
  double hi = 0;
  std::string text;
  // "his first six months as president", "his final three months": a part of the span, not
  // its length.
  bool part = false;
};

std::optional<Amount> parse_amount(const std::vector<std::string>& w) {
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    auto n = cardinal(w[i]);
    if (!n) continue;
    std::string unit = w[i + 1];
    if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
    double scale = 0;
    if (unit == "year")
      scale = 1;
    else if (unit == "decade")
      scale = 10;
    else if (unit == "month")
      scale = 1.0 / 12;
    else if (unit == "week")
      scale = 7 / kDaysPerYear;
    else
      continue;
    double years = *n * scale;
    std::string q1 = i >= 1 ? w[i - 1] : "";
    std::string q2 = i >= 2 ? w[i - 2] + " " + q1 : "";
    double slack = std::max(scale, 0.1 * years);
    Amount a;
    a.text = (q2.empty() ? "" : q2 + " ") + w[i] + " " + w[i + 1];
    constexpr double kInf = std::numeric_limits<double>::infinity();
    if (q2 == "more than" || q1 == "over" || q2 == "at least" || q2 == "upwards of")
      a = {years - 0.05 * scale, kInf, a.text};
    else if (q1 == "nearly" || q1 == "almost" || q2 == "close to" || q2 == "just under")
      a = {years - slack, years + 0.05 * scale, a.text};
    else if (q2 == "less than" || q2 == "fewer than" || q1 == "under")
      a = {0, years + 0.05 * scale, a.text};
    else if (q1 == "about" || q1 == "some" || q1 == "roughly" || q1 == "around" ||
             q1 == "approximately")
      a = {years - slack, years + slack, a.text};
    else
      a = {years - scale / 2, years + scale, a.text};
    for (std::string_view part :
         {"first", "final", "last", "remaining", "next", "coming", "initial", "opening", "closing"})
      a.part = a.part || q1 == part;
    return a;
  }
  return std::nullopt;
}

std::optional<int> parse_ordinal(const std::vector<std::string>& w, std::string_view before) {
  for (std::size_t i = 0; i + 1 < w.size(); ++i)
    if (w[i + 1] == before)
      if (auto n = ordinal(w[i])) return n;
  return std::nullopt;
}

double years_between_days(Day a, Day b) {
  return (b - a).days() / kDaysPerYear;
}

// The units of "now in its third year" (fourth day, sixth week), in days, each with the slack
// either side that "entering" and rounding need: a month and a half for a year, a day for a day.
struct OrdinalUnit {
  std::string_view word;
  double days;
  double slack;  // in units
};
constexpr OrdinalUnit kOrdinalUnits[] = {{"year", kDaysPerYear, 0.125},
                                         {"month", kDaysPerYear / 12, 0.25},
                                         {"week", 7, 0.5},
                                         {"day", 1, 1}};

// How far from the day of the sentence an anniversary may fall and still be the one meant.
constexpr long long kAnniversarySlackDays = 183;

// "25th", "101st", "112th".
std::string ordinal(long n) {
  long tens = n % 100;
  const char* suffix = (tens >= 11 && tens <= 13) ? "th"
                       : n % 10 == 1              ? "st"
                       : n % 10 == 2              ? "nd"
                       : n % 10 == 3              ? "rd"
                                                  : "th";
  return std::to_string(n) + suffix;
}

// A date written beside the claim: right after it ("... anniversary of D-Day in 2019", "..., on
// June 6, 2024") with only "in", "on" or a comma between, or right before it in apposition
// ("Sept. 11, the 20th anniversary of the attacks").
std::optional<Period> date_beside(const Claim& claim, const CheckContext& ctx) {
  if (!claim.sentence) return std::nullopt;
  static const RE2 kAfter(R"(\s*,?\s*(?:(?:in|on)\s+)?)");
  static const RE2 kBefore(R"(\s*(?:,|—|–|--)\s*(?:the\s+|its\s+|their\s+)?)");
  for (const Mention& m : claim.sentence->items) {
    if (m.kind != MentionKind::kTime || !m.time.period || m.time.type != "DATE" ||
        m.end > ctx.text.size())
      continue;
    if (m.begin >= claim.end &&
        RE2::FullMatch(to_lower_ascii(ctx.text.substr(claim.end, m.begin - claim.end)), kAfter))
      return m.time.period;
    if (m.end <= claim.begin &&
        RE2::FullMatch(to_lower_ascii(ctx.text.substr(m.end, claim.begin - m.end)), kBefore))
      return m.time.period;
  }
  return std::nullopt;
}

struct Span {
  const Entity* entity;
  std::optional<FuzzyDate> start;
  std::optional<FuzzyDate> end;
  std::string start_key;
  SourcePosition where;
  std::string source;
  std::string what;
  // Years served in earlier, separate terms, counted in ("his 15 years as prime minister",
  // over three terms).
  double prior_years = 0;
};

class DurationCheck final : public ClaimCheck {
 public:
  DurationCheck(Measure measure, MeasuredTo measured_to, std::string message)
      : measure_(measure), measured_to_(measured_to), message_(std::move(message)) {}

  // A membership that ended has one length; every other measure runs to the time it is told at.
  bool states_one_fact() const override { return measure_ == Measure::kMembership; }

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    auto when = measured_time(claim, ctx);
    if (when) a.judged_at = describe_claim_time(*when);
    if (!when || ctx.text.empty()) {
      a.note = "no time to measure to";
      return a;
    }
    // "He met the Queen at the 50th anniversary of the D-Day landings": an occasion of the past
    // the sentence does not date, any anniversary already held. "Crowds marked the 20th
    // anniversary" reports the occasion itself, of the time of writing.
    bool past_occasion = false;
    // "the 75th anniversary of D-Day in 2019", "by Sept. 11, the 20th anniversary of the 9/11
    // attacks": a date beside the anniversary is its own (unless it is the event's own day:
    // "the 50th anniversary of the first moon landing July 20, 1969").
    std::optional<Period> dated;
    if (measure_ == Measure::kAnniversary) {
      dated = date_beside(claim, ctx);
      if (!dated && !when->from_sentence) {
        static const RE2 kMarking(
            R"((?:^|\s)(?:to )?(?:mark|marks|marked|marking|commemorat(?:e|es|ed|ing)|celebrat(?:e|es|ed|ing)|observ(?:e|es|ed|ing))(?: (?:the|its|their))?$)");
        past_occasion = !RE2::PartialMatch(words_before(claim, ctx, claim.begin, 4), kMarking) &&
                        narrates_past(claim, ctx, claim.begin, claim.end);
      }
    }
    Day now = when->period.last();
    std::vector<std::string> w = words_of(ctx.text.substr(claim.begin, claim.end - claim.begin));
    std::optional<Amount> amount;
    std::optional<int> nth;
    const OrdinalUnit* unit = nullptr;  // the year, month, week or day "now in its nth ..."
    if (measure_ == Measure::kYear) {
      for (const OrdinalUnit& u : kOrdinalUnits)
        if (!nth && (nth = parse_ordinal(w, u.word))) unit = &u;
    } else if (measure_ == Measure::kAnniversary)
      nth = parse_ordinal(w, "anniversary");
    else
      amount = parse_amount(w);
    std::optional<Period> since = since_period(claim);
    if (!amount && !nth && !since) {
      a.note = "no amount of time";
      return a;
    }
    if (amount && !amount->part) {
      // The word before the match may make it a part ("his final {three months as president}").
      std::vector<std::string> wider = words_of(words_before(claim, ctx, claim.begin, 1));
      wider.insert(wider.end(), w.begin(), w.end());
      if (auto read = parse_amount(wider); read && read->part) amount = read;
    }
    if (amount && amount->part) {
      a.note = "a part of the time (\"" + amount->text + "\"), not its length";
      return a;
    }
    std::vector<Span> spans = candidates(claim, ctx, w, now);
    if (spans.empty()) {
      a.note = "nothing the records date that the claim can be about";
      return a;
    }
    std::vector<std::string> messages;
    std::set<std::string> told;     // what the records say, once per distinct reading
    bool open_after_as_of = false;  // a candidate term left out: it may have ended since
    bool too_old_for_unit = false;  // a described war counted in weeks that began years ago
    for (const Span& s : spans) {
      // A term or event begun after the time measured to is not the one meant.
      if (!s.start || s.start->first_day() > now) continue;
      // "has been in power since 2002" speaks of a term that still runs at the time.
      if (since && s.end && s.end->last_day() < now) continue;
      // "The war, now in its second week" names no war: one the records hold that began more
      // than a year before, or has ended, is not it; the war meant may be one they do not hold.
      if (nth && unit && unit->days < kDaysPerYear && !claim.slot("event") &&
          ((now - s.start->last_day()).days() > kDaysPerYear ||
           (s.end && s.end->last_day() < now))) {
        too_old_for_unit = true;
        continue;
      }
      Day end_first = s.end ? std::min(s.end->first_day(), now) : now;
      Day end_last = s.end ? std::min(s.end->last_day(), now) : now;
      if (s.end && s.end->first_day() > now) end_first = end_last = now;
      // "two years after the invasion" in 2024: from the first to the last day of 2024.
      if (measure_ == Measure::kSince) {
        end_first = when->period.begin();
        end_last = now;
      }
      // An open term read after as_of may have ended since: its length is unknown, though
      // its start ("since 1989") is not.
      if (!s.end && s.entity->as_of && now > s.entity->as_of->last_day() && !since &&
          measure_ != Measure::kElapsed && measure_ != Measure::kSince &&
          measure_ != Measure::kYear && measure_ != Measure::kAnniversary) {
        open_after_as_of = true;
        continue;
      }
      bool fits = false;
      std::string actual;
      Period measured_at = when->period;  // an anniversary's own date may replace it
      if (since) {
        fits = s.start->period().intersects(*since);
        actual = "since " + s.start->iso();
      } else if (amount) {
        double lo = years_between_days(s.start->last_day(), end_first) + s.prior_years;
        double hi = years_between_days(s.start->first_day(), end_last) + s.prior_years;
        fits = amount->hi >= lo && amount->lo <= hi;
        actual = describe_years(lo, hi);
        // A term over by publication may be told whole in a sentence of another time ("in
        // 2019, ... during the late Queen Elizabeth's 70-year reign").
        if (!fits && measure_ == Measure::kTenure && when->from_sentence && s.end &&
            ctx.published && s.end->last_day() <= *ctx.published) {
          double whole_lo =
              years_between_days(s.start->last_day(), s.end->first_day()) + s.prior_years;
          double whole_hi =
              years_between_days(s.start->first_day(), s.end->last_day()) + s.prior_years;
          fits = amount->hi >= whole_lo && amount->lo <= whole_hi;
          if (fits) actual = describe_years(whole_lo, whole_hi);
        }
      } else if (measure_ == Measure::kAnniversary) {
        // The nth anniversary falls n years after the event, a span as long as the start's
        // precision ("1991-01": all of January 2016 for the 25th), and for an event that lasted
        // also n years after its end ("the 75th anniversary of the Battle of Stalingrad" in
        // February 2018, of the Soviet victory). It fits when it falls in the time of the
        // sentence ("this year", "in June 2019"), or, when that is a day (of publication, or
        // a weekday's), within half a year of it: news marks one in the months before and after. A
        // date beside the claim is that time, unless it lies within half a year of the event (the
        // event's own day).
        std::optional<Day> event_over =
            add_days((s.end ? s.end : s.start)->last_day(), kAnniversarySlackDays);
        if (dated && event_over && dated->begin() > *event_over) measured_at = *dated;
        // (A day, or the weeks either side of a bare weekday's.)
        long long slack = measured_at.length().days() <= 15 ? kAnniversarySlackDays : 0;
        std::optional<Day> from = add_days(measured_at.begin(), -slack);
        std::optional<Day> to = add_days(measured_at.last(), slack);
        bool held_by_then = false;
        for (const std::optional<FuzzyDate>& point : {s.start, s.end}) {
          if (!point) continue;
          std::optional<Day> first = add_years(point->first_day(), *nth);
          std::optional<Day> last = add_years(point->last_day(), *nth);
          if (!first || !last || !from || !to) continue;
          fits = fits || (*first <= *to && *last >= *from);
          held_by_then = held_by_then || *first <= *to;
        }
        if (past_occasion && held_by_then && !fits) continue;
        Day middle = measured_at.begin() + (measured_at.last() - measured_at.begin()) / 2;
        long held = std::lround(years_between_days(s.start->first_day(), middle));
        actual =
            held > 0 ? "the anniversary then was the " + ordinal(held) : "not yet a year since";
      } else {
        // The nth year runs from start + (n-1) years to start + n years, with some slack
        // either side for "entering" and for rounding; so for months, weeks and days.
        double lo = (now - s.start->last_day()).days() / unit->days;
        double hi = (now - s.start->first_day()).days() / unit->days;
        fits = (*nth - 1) - unit->slack <= hi && lo < *nth + unit->slack;
        long unit_now = static_cast<long>(std::floor(hi)) + 1;
        actual = "in " + std::string(unit->word) + " " + std::to_string(unit_now);
        if (unit->word == std::string_view("year"))
          actual = "in year " + std::to_string(years_between(s.start->first_day(), now) + 1);
      }
      Evidence ev{s.entity->id, s.what, s.source, s.where};
      if (fits) {
        a.verdict = Verdict::kConsistent;
        a.subject = s.entity->id;
        a.expected = actual;
        a.evidence = {ev};
        return a;
      }
      if (!told.insert(actual).second) continue;  // chained terms that say the same
      a.evidence.push_back(ev);
      if (a.subject.empty()) a.subject = s.entity->id;
      a.expected += (a.expected.empty() ? "" : " or ") + actual;
      messages.push_back(
          render_template(message_, {{"subject.name", s.entity->name},
                                     {"fact.start", s.start->iso()},
                                     {"fact.end", s.end ? s.end->iso() : "the time of writing"},
                                     {"fact.actual", actual},
                                     {"claim.text", stated_text(amount, nth, since)},
                                     {"time", describe_period(measured_at)}}));
    }
    if (messages.empty()) {
      a.note = past_occasion
                   ? "an anniversary held by then, in past narration that does not date it"
               : too_old_for_unit ? "no war the records hold runs, begun within the months counted"
                                  : "the records hold no start to measure from";
      a.evidence.clear();
      return a;
    }
    // The other candidates disagree, but the one left out may be the one meant.
    if (open_after_as_of) {
      a.note = "an open term read after the records' as_of may be the one meant";
      a.evidence.clear();
      a.expected.clear();
      return a;
    }
    if (!claim.negated) a.found = stated_text(amount, nth, since);
    // "July 1 is the 23rd anniversary of the handover" in a gallery of 2020 dated 2022: the
    // year the copy leaves out is the one the ordinal counts to, a reading the article's other
    // year-less dates may share (the checker weighs it).
    if (nth && measure_ == Measure::kAnniversary && when->from_sentence && !when->year_written)
      for (const Span& s : spans)
        if (s.start)
          if (std::optional<Day> day = add_years(s.start->first_day(), *nth);
              day && day->month() == when->period.begin().month() &&
              day->day() == when->period.begin().day())
            a.holds_under.push_back(year_less_dates_of(day->year()));
    return conclude_contradicted(std::move(a), claim, messages);
  }

 private:
  std::optional<ClaimTime> measured_time(const Claim& claim, const CheckContext& ctx) const {
    const SlotValue* at = claim.slot("at");
    if (at && at->mention && at->mention->time.period && at->mention->time.type == "DATE")
      return ClaimTime{*at->mention->time.period, true};
    if (measured_to_ == MeasuredTo::kPublication) {
      if (!ctx.published) return std::nullopt;
      if (auto day = day_span(*ctx.published)) return ClaimTime{*day, false};
      return std::nullopt;
    }
    return claim_time(claim, ctx);
  }

  static std::string describe_years(double lo, double hi) {
    auto fmt = [](double y) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.1f", y);
      return std::string(buf);
    };
    return lo == hi || fmt(lo) == fmt(hi) ? fmt(lo) + " years"
                                          : fmt(lo) + " to " + fmt(hi) + " years";
  }

  // What the claim states, in words: "more than four decades", "year 3", "25th anniversary",
  // "since 2014".
  std::string stated_text(const std::optional<Amount>& amount, std::optional<int> nth,
                          const std::optional<Period>& since) const {
    if (amount) return amount->text;
    if (nth && measure_ == Measure::kAnniversary) return ordinal(*nth) + " anniversary";
    if (nth) return "year " + std::to_string(*nth);
    if (since) return "since " + describe_period(*since);
    return {};
  }

  // "since 2014": the {date} slot of a since-claim.
  static std::optional<Period> since_period(const Claim& claim) {
    const SlotValue* d = claim.slot("since");
    if (d && d->mention && d->mention->time.period && d->mention->time.type == "DATE")
      return d->mention->time.period;
    return std::nullopt;
  }

  std::vector<Span> candidates(const Claim& claim, const CheckContext& ctx,
                               const std::vector<std::string>& w, Day now) const {
    switch (measure_) {
      case Measure::kTenure:
        return tenures(claim, ctx, w, now);
      case Measure::kMembership:
        return memberships(claim, ctx);
      default:
        return events(claim, ctx, w, now);
    }
  }

  static Span event_span(const Entity& e) {
    std::optional<FuzzyDate> start = e.start ? e.start : e.date;
    std::optional<FuzzyDate> end = e.start ? e.end : e.date;
    std::string key = e.start ? "start" : "date";
    return {
        &e,
        start,
        end,
        key,
        e.position_of(key),
        e.primary_source(),
        key + " " + (start ? start->iso() : "") + (end && e.start ? ", end " + end->iso() : "")};
  }

  std::vector<Span> events(const Claim& claim, const CheckContext& ctx,
                           const std::vector<std::string>& w, Day now) const {
    std::vector<const Entity*> found;
    if (const SlotValue* ev = claim.slot("event"); ev && ev->mention) {
      for (const NameRef& r : ev->mention->refs)
        if (ctx.kb.entities()[r.entity].type == EntityType::kEvent)
          found.push_back(&ctx.kb.entities()[r.entity]);
    } else {
      // A verb that names the event outranks a noun of the state it began ("at war for eight
      // years since Russia annexed Crimea").
      std::string noun;
      for (const std::string& x : w)
        if (x == "annexed") {
          noun = "annexation";
          break;
        }
      for (const std::string& x : w) {
        if (!noun.empty()) break;
        if (x == "war" || x == "conflict" || x == "invasion" || x == "fighting" ||
            x == "occupation" || x == "pandemic" || x == "crisis" || x == "siege")
          noun = x;
        else if (x == "assault")  // "Russia's assault on Ukraine, now in its fourth day"
          noun = "invasion";
      }
      if (noun.empty()) return {};
      DescribedEvents described = described_events(claim, ctx, noun, claim.end);
      found = described.named;
      // Inferred from places ("Syrians uprooted by nearly 16 years of war"): only events that
      // had begun by then and, but for a time since, had not long ended.
      for (const Entity* e : described.located) {
        std::optional<FuzzyDate> start = e->start ? e->start : e->date;
        if (!start || start->first_day() > now) continue;
        if (measure_ != Measure::kSince && e->end &&
            add_days(e->end->last_day(), 366).value_or(last_calendar_day()) < now)
          continue;
        found.push_back(e);
      }
    }
    // The events they are part of may be meant too ("the war" of an invasion).
    std::vector<Span> out;
    std::set<const Entity*> seen;
    for (const Entity* e : found) {
      for (const Entity* x = e; x && seen.insert(x).second; x = ctx.kb.find(x->part_of)) {
        out.push_back(event_span(*x));
        if (x->part_of.empty()) break;
      }
    }
    return out;
  }

  // The leadership a noun of the match names without naming the office: "papacy" a pope's,
  // "presidency" a president's, "in power" or "rule" any head of state's or government's.
  // nullopt when the match has none of them.
  static std::optional<std::string> leadership_noun(const std::vector<std::string>& w) {
    static const std::map<std::string, std::string> kNouns = {{"papacy", "pope"},
                                                              {"pontificate", "pope"},
                                                              {"presidency", "president"},
                                                              {"premiership", "prime minister"},
                                                              {"chancellorship", "chancellor"},
                                                              {"throne", "monarch"},
                                                              {"reign", "monarch"},
                                                              {"power", ""},
                                                              {"rule", ""},
                                                              {"helm", ""},
                                                              {"office", ""}};
    for (const std::string& x : w)
      if (auto it = kNouns.find(x); it != kNouns.end()) return it->second;
    return std::nullopt;
  }

  static bool leads_as(const Entity& office, const std::string& noun) {
    if (office.role != "head_of_state" && office.role != "head_of_government" &&
        office.role != "religious_leader")
      return false;
    if (noun.empty()) return true;
    for (const std::string& t : office.titles) {
      std::string title = to_lower_ascii(t);
      if (noun == "monarch" ? title == "king" || title == "queen" || title == "emperor"
                            : title.size() >= noun.size() &&
                                  title.compare(title.size() - noun.size(), noun.size(), noun) == 0)
        return true;
    }
    return false;
  }

  // The person's terms in the office named in the sentence (a title, or the organization or
  // country the office belongs to), or in the leadership a noun names ("his 14-year papacy",
  // "18 years in power"), joined when one follows another.
  static std::vector<Span> tenures(const Claim& claim, const CheckContext& ctx,
                                   const std::vector<std::string>& w, Day now) {
    std::vector<Span> out;
    const SlotValue* person_slot = claim.slot("person");
    std::vector<const Entity*> people;
    auto is_person = [](const Entity& e) { return e.type == EntityType::kPerson; };
    if (person_slot && person_slot->mention) {
      for (const NameRef& r : person_slot->mention->refs)
        if (ctx.kb.entities()[r.entity].type == EntityType::kPerson)
          people.push_back(&ctx.kb.entities()[r.entity]);
    } else {
      // "His 14-year papacy": anyone the article named before; any of them may be meant, and
      // only those with a fitting term are candidates.
      auto add = [&](const Mention& m) {
        for (const NameRef& r : m.refs) {
          const Entity* e = &ctx.kb.entities()[r.entity];
          if (is_person(*e) && std::find(people.begin(), people.end(), e) == people.end())
            people.push_back(e);
        }
      };
      if (claim.sentence)
        for (const Mention& m : claim.sentence->items)
          if (m.begin < claim.begin) add(m);
      if (ctx.earlier_mentions)
        for (const Mention& m : *ctx.earlier_mentions) add(m);
    }
    std::set<std::string> offices;
    std::set<std::string> owners;  // organizations and countries offices belong to
    for (const auto& [name, slot] : claim.slots) {
      if (!slot.mention || slot.type == "person") continue;
      for (const NameRef& r : slot.mention->refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (e.type == EntityType::kOffice) offices.insert(e.id);
        if (e.type == EntityType::kOrganization || e.type == EntityType::kCountry)
          owners.insert(e.id);
      }
    }
    // "the alliance": the organization a descriptor of the match names; "the country": the
    // country named last.
    for (std::size_t i = 0; i + 1 < w.size(); ++i) {
      if (w[i] != "the") continue;
      const bool any_country = w[i + 1] == "country" || w[i + 1] == "nation";
      // (a country named inside a title, "the president of Belarus", is the office's)
      auto found = latest_mentioned(claim, ctx, claim.begin, [&](const Entity& e) {
        return (any_country && (e.type == EntityType::kCountry ||
                                (e.type == EntityType::kOffice && !e.country.empty()))) ||
               ((e.type == EntityType::kOrganization || e.type == EntityType::kCountry) &&
                has_descriptor(e, w[i + 1]));
      });
      for (const Entity* e : found)
        owners.insert(e->type == EntityType::kOffice ? e->country : e->id);
    }
    std::optional<std::string> leadership;
    if (offices.empty() && owners.empty()) leadership = leadership_noun(w);
    if (offices.empty() && owners.empty() && !leadership) return out;
    for (const Entity* p : people) {
      std::vector<const Term*> terms;
      for (const Term& t : p->positions) {
        const Entity* office = ctx.kb.find(t.ref);
        if (!office) continue;
        // A named office ("Iran's supreme leader") is the one meant, not every office of Iran.
        bool fits = offices.empty()
                        ? owners.count(office->organization) || owners.count(office->country) ||
                              (leadership && leads_as(*office, *leadership))
                        : offices.count(office->id) > 0;
        if (fits) terms.push_back(&t);
      }
      std::sort(terms.begin(), terms.end(), [](const Term* x, const Term* y) {
        return x->start && y->start && x->start->first_day() < y->start->first_day();
      });
      // Each term, and each run of terms that follow one another, is a candidate tenure.
      for (std::size_t i = 0; i < terms.size(); ++i) {
        std::optional<FuzzyDate> end = terms[i]->end;
        for (std::size_t j = i; j < terms.size(); ++j) {
          if (j > i) {
            if (!end || !terms[j]->start ||
                (terms[j]->start->first_day() - end->last_day()).days() > 31)
              break;
            end = terms[j]->end;
          }
          Span s{p,
                 terms[i]->start,
                 end,
                 "positions",
                 terms[i]->where,
                 terms[i]->source.empty() ? p->primary_source() : terms[i]->source,
                 terms[i]->ref + " from " + (terms[i]->start ? terms[i]->start->iso() : "?") +
                     (end ? " to " + end->iso() : "")};
          out.push_back(s);
        }
      }
      // And all the terms begun by then, summed: "Over his 15 years as prime minister" of
      // someone who served three times.
      double prior = 0;
      for (std::size_t k = 0; k < terms.size(); ++k) {
        const Term& t = *terms[k];
        if (!t.start || t.start->first_day() > now) break;
        if (k > 0 && prior > 0) {
          Span s{p,
                 t.start,
                 t.end,
                 "positions",
                 t.where,
                 t.source.empty() ? p->primary_source() : t.source,
                 t.ref + " from " + t.start->iso() + (t.end ? " to " + t.end->iso() : "") +
                     ", after " + describe_years(prior, prior) + " in earlier terms"};
          s.prior_years = prior;
          out.push_back(s);
        }
        if (!t.end || t.end->last_day() > now) break;
        prior += years_between_days(t.start->first_day(), t.end->first_day());
      }
    }
    return out;
  }

  static std::vector<Span> memberships(const Claim& claim, const CheckContext& ctx) {
    std::vector<Span> out;
    if (!claim.sentence) return out;
    std::vector<const Entity*> countries;
    std::vector<const Entity*> orgs;
    for (const Mention& m : claim.sentence->items)
      for (const NameRef& r : m.refs) {
        const Entity& e = ctx.kb.entities()[r.entity];
        if (e.type == EntityType::kCountry) countries.push_back(&e);
        if (e.type == EntityType::kOrganization && !e.members.empty()) orgs.push_back(&e);
      }
    for (const Entity* org : orgs)
      for (const Term& t : org->members)
        for (const Entity* c : countries)
          if (t.ref == c->id)
            out.push_back({org, t.start, t.end, "members", t.where,
                           t.source.empty() ? org->primary_source() : t.source,
                           c->id + " member from " + (t.start ? t.start->iso() : "?") +
                               (t.end ? " to " + t.end->iso() : "")});
    return out;
  }

  Measure measure_;
  MeasuredTo measured_to_;
  std::string message_;
};

class DurationCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "duration"; }
  std::vector<std::string> required_slots() const override { return {}; }
  std::string default_report_slot() const override { return "match"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    Measure measure = Measure::kElapsed;
    MeasuredTo measured_to = MeasuredTo::kClaimTime;
    for (const auto& [key, value] : options) {
      if (key == "to") {
        if (value == "claim-time") {
          measured_to = MeasuredTo::kClaimTime;
        } else if (value == "publication") {
          measured_to = MeasuredTo::kPublication;
        } else {
          *error = "unknown to '" + value + "' for duration (expected claim-time or publication)";
          return nullptr;
        }
        continue;
      }
      if (key != "measure") {
        *error = "unknown check option '" + key + "' for duration (expected measure, to)";
        return nullptr;
      }
      if (value == "elapsed")
        measure = Measure::kElapsed;
      else if (value == "since")
        measure = Measure::kSince;
      else if (value == "year")
        measure = Measure::kYear;
      else if (value == "anniversary")
        measure = Measure::kAnniversary;
      else if (value == "tenure")
        measure = Measure::kTenure;
      else if (value == "membership")
        measure = Measure::kMembership;
      else {
        *error =
            "unknown measure '" + value +
            "' for duration (expected elapsed, since, year, anniversary, tenure or membership)";
        return nullptr;
      }
    }
    const std::set<std::string> allowed = {"subject.name", "fact.start", "fact.end",
                                           "fact.actual",  "claim.text", "time"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for duration";
        return nullptr;
      }
    }
    return std::make_unique<DurationCheck>(measure, measured_to, message_template);
  }
};

}  // namespace

const CheckKind& duration_check_kind() {
  static const DurationCheckKind kKind;
  return kKind;
}

}  // namespace factlint
