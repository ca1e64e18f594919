// weekday: a weekday written next to an explicit date must be that date's weekday.
//
// "on Friday, July 17, 2014": no knowledge base needed. A month and day without a year take
// the year from the publication date; that inference is trusted only when the date lies near
// publication and the weekday would not fit the neighbouring years either ("Thursday, June 12"
// in an article published in September is June 12 of that year; "Monday, March 3" in a January
// article may be last year's). A contradiction of a year-less date rests on that inference:
// when two or more in one article do, the checker takes the article to mean other years.
#include <boost/date_time/gregorian/gregorian.hpp>
#include <cctype>
#include <set>

#include "check/check.h"
#include "check/claim_time.h"
#include "core/checked_date.h"

namespace factlint {

namespace {

const char* const kWeekdayNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                     "Thursday", "Friday", "Saturday"};

// Days either side of publication within which an inferred year is trusted: further away, the
// writer may mean the year before or after.
constexpr long kInferenceWindowDays = 90;
// Beyond this many days from publication a month and day may belong to a timeline or a photo
// gallery of other years ("Sunday, August 18" in a 2022 gallery of the 2019 protests): the
// inferred year is then one reading among the few years before and the year after.
constexpr long kNearDays = 31;
constexpr int kYearsBack = 3;
constexpr long kSameWeekDays = 7;
// How far back a year-less date's other readings are sought (a gallery of a wedding four years
// before), for the checker to weigh against the article's other year-less dates.
constexpr int kGalleryYearsBack = 10;

int weekday_of(Day d) {
  return d.day_of_week().as_number();
}

// The month and day of `d` in `year`; nullopt for February 29 in a common year or a year out
// of the calendar's range.
std::optional<Day> same_day_in(long long year, Day d) {
  return make_day(year, d.month().as_number(), d.day().as_number());
}

// The date with the same month and day as `d` closest to `published` (its year or a
// neighbour); nullopt for February 29 with no leap year near.
std::optional<Day> nearest_occurrence(Day d, Day published) {
  std::optional<Day> best;
  for (int delta : {-1, 0, 1}) {
    std::optional<Day> candidate = same_day_in(published.year() + delta, d);
    if (candidate && (!best || std::labs((*candidate - published).days()) <
                                   std::labs((*best - published).days())))
      best = candidate;
  }
  return best;
}

// True when a day range continues right after `end`: "-11" in "May 6-11", "–8" (en dash).
bool opens_day_range(std::string_view text, std::size_t end) {
  std::size_t i = end;
  if (i < text.size() && text[i] == '-') {
    ++i;
  } else if (text.compare(i, 3, "\xE2\x80\x93") == 0) {  // en dash
    i += 3;
  } else {
    return false;
  }
  std::size_t digits = 0;
  while (i + digits < text.size() && std::isdigit(static_cast<unsigned char>(text[i + digits])))
    ++digits;
  return digits >= 1 && digits <= 2;
}

class WeekdayCheck final : public ClaimCheck {
 public:
  explicit WeekdayCheck(std::string message) : message_(std::move(message)) {}

  Assessment assess(const Claim& claim, const CheckContext& ctx) const override {
    Assessment a;
    const SlotValue* slot = claim.slot("weekday");
    if (!slot || !slot->mention || !slot->mention->time.weekday || !slot->mention->time.period) {
      a.note = "no weekday written with a date";
      return a;
    }
    const TimeExpression& t = slot->mention->time;
    const Period& p = *t.period;
    if (p.length().days() != 1) {
      a.note = "the date is not a single day";
      return a;
    }
    // "Wednesday through Monday, May 6-11", "Saturday and Sunday, Dec. 7-8": the date opens a
    // range of days, and the weekday written last is the range's last day's.
    if (opens_day_range(ctx.text, slot->end)) {
      a.note = "the date opens a range of days; the weekday may be another day's of it";
      return a;
    }
    Day day = p.begin();
    bool year_written = writes_year(slot->text);
    // The years of a decade back in which a year-less date falls on its weekday: readings of
    // an article (a gallery, a timeline) that tells of another year.
    auto other_years = [&](Day inferred) {
      std::vector<std::string> out;
      for (int year = ctx.published->year() - kGalleryYearsBack; year <= ctx.published->year() + 1;
           ++year) {
        std::optional<Day> other = same_day_in(year, inferred);
        if (year != inferred.year() && other && weekday_of(*other) == *t.weekday)
          out.push_back(year_less_dates_of(year));
      }
      return out;
    };
    if (!year_written) {
      // The recogniser may have picked a year to suit the weekday; the article's year is the
      // one that puts the date nearest publication.
      if (!ctx.published) {
        a.note = "the year is not written and there is no publication date";
        return a;
      }
      std::optional<Day> nearest = nearest_occurrence(day, *ctx.published);
      if (!nearest || std::labs((*nearest - *ctx.published).days()) > kInferenceWindowDays) {
        a.note = "the year is inferred from a distant publication date";
        return a;
      }
      day = *nearest;
      if (std::labs((day - *ctx.published).days()) > kNearDays && *t.weekday != weekday_of(day)) {
        for (int year = ctx.published->year() - kYearsBack; year <= ctx.published->year() + 1;
             ++year) {
          std::optional<Day> other = same_day_in(year, day);
          if (other && weekday_of(*other) == *t.weekday) {
            a.note = "the weekday fits " + iso_day(*other) + ", and the year is not written";
            a.holds_under = other_years(day);
            return a;
          }
        }
      }
    }
    int stated = *t.weekday;
    int actual = weekday_of(day);
    a.found = kWeekdayNames[stated];
    a.expected = kWeekdayNames[actual];
    if (stated == actual) {
      a.verdict = Verdict::kConsistent;
      return a;
    }
    if (claim.negated) {
      a.note = "negated statement";
      return a;
    }
    a.verdict = Verdict::kContradicted;
    // Within a week of publication a month and day can only mean that year's; further away a
    // run of misses says the article means other years.
    if (!year_written && std::labs((day - *ctx.published).days()) > kSameWeekDays)
      a.rests_on =
          "several year-less dates of the article miss their weekdays in the year taken from "
          "publication: it means other years";
    if (!year_written) a.holds_under = other_years(day);
    std::string date_iso = iso_day(day);
    a.message = render_template(message_, {{"date.value", date_iso},
                                           {"date.text", slot->text},
                                           {"weekday.stated", kWeekdayNames[stated]},
                                           {"weekday.actual", kWeekdayNames[actual]}});
    a.evidence.push_back(
        {"calendar",
         date_iso + " is a " + std::string(kWeekdayNames[actual]),
         year_written ? "Gregorian calendar" : "Gregorian calendar; year from the publication date",
         {}});
    return a;
  }

 private:
  std::string message_;
};

class WeekdayCheckKind final : public CheckKind {
 public:
  std::string_view name() const override { return "weekday"; }
  std::vector<std::string> required_slots() const override { return {"weekday"}; }
  std::string default_report_slot() const override { return "weekday"; }

  std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                        const std::string& message_template,
                                        std::string* error) const override {
    if (!options.empty()) {
      *error = "unknown check option '" + options.begin()->first + "' for weekday (it has none)";
      return nullptr;
    }
    const std::set<std::string> allowed = {"date.value", "date.text", "weekday.stated",
                                           "weekday.actual"};
    for (const std::string& v : template_variables(message_template)) {
      if (!allowed.count(v)) {
        *error = "unknown message variable {" + v + "} for weekday";
        return nullptr;
      }
    }
    return std::make_unique<WeekdayCheck>(message_template);
  }
};

}  // namespace

const CheckKind& weekday_check_kind() {
  static const WeekdayCheckKind kKind;
  return kKind;
}

}  // namespace factlint
