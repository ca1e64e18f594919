// Durations and sets: three years, a 12-day war, the past two decades, for years, recent
// weeks, now in its fourth year, 3:07:35; every morning, annually.
#include <cmath>
#include <cstdio>

#include "core/text.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

namespace {

const std::string kPlainUnit =
    "((?i:second|minute|hour|day|week|fortnight|month|year|decade|century))";
const std::string kPluralUnit = "((?i:seconds|minutes|hours|days|weeks|months|years|decades))";

std::string format_amount(double n) {
  if (n == std::floor(n)) return std::to_string(static_cast<long long>(n));
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

// P3Y, P10Y (a decade), PT24H, PXM (several months).
std::optional<TimeExpression> duration(std::optional<double> count, const std::string& unit_word) {
  auto unit = unit_from_word(unit_word);
  if (!unit || !count) return std::nullopt;
  double n = *count;
  double years_per = unit->grain == TimeGrain::kDecade    ? 10
                     : unit->grain == TimeGrain::kCentury ? 100
                                                          : 1;
  TimeExpression t;
  t.type = "DURATION";
  t.grain = TimeGrain::kDuration;
  std::string amount = n > 0 ? format_amount(n * years_per) : std::string("X");
  t.value = std::string(unit->clock ? "PT" : "P") + amount + unit->letter;
  if (n > 0) t.duration_days = n * unit->days;
  return t;
}

// "several", "a few", "many": an unknown count.
std::optional<double> count_or_unknown(const std::string& word) {
  if (word.empty()) return 0.0;
  return count_value(word);
}

}  // namespace

void add_durations(std::vector<Pattern>& out) {
  // three years / the past two years / a mere 24 hours / the next few months / five years'
  out.push_back(
      {"(?:\\b((?i:once|twice|times|per|every|each|ages|aged|age))\\s+)?\\b(?P<t>(?:(?i:the)\\s+(?:"
       "((?i:past|last|next|previous|following|first|coming|"
       "final))\\s+)?|(?i:an?\\s+(?:mere|full|whole|entire)\\s+))?" +
           kCount + "(?:\\s+(?:(?i:and\\s+a\\s+half)))?\\s+" + kUnit + ")(?:('?)|\\b)",
       [](const Groups& g, const Resolution&) {
         // "twice a year", "every two weeks": rates and sets; "aged 6 months": an age.
         if (g[1].matched()) return one(std::nullopt);
         std::string count = to_lower_ascii(g[4].text);
         auto n = count_or_unknown(count);
         if (!n) return one(std::nullopt);
         if (g[0].text.find("and a half") != std::string::npos) *n += 0.5;
         std::string unit = to_lower_ascii(g[5].text);
         bool plural = unit.back() == 's' || unit == "centuries";
         if (*n == 1 && plural) return one(std::nullopt);
         if (*n != 1 && *n != 0.5 && !plural) return one(std::nullopt);
         if (count == "one" && unit == "day") return one(std::nullopt);  // "one day he left"
         auto t = duration(n, unit);
         if (t && g[6].matched() && plural) {
           // "five years' probation": the apostrophe belongs to the expression.
           t->begin = g[2].begin;
           t->end = g[6].end;
         }
         return one(t);
       }});
  // a 12-day war / a four-week closure / three-month class
  out.push_back({"\\b(?P<t>" + kCount + "-" + kPlainUnit + ")(-(?i:old))?\\b",
                 [](const Groups& g, const Resolution&) {
                   if (g[4].matched()) return one(std::nullopt);  // "a 22-year-old": an age
                   auto n = count_value(g[2].text);
                   if (!n || *n <= 0) return one(std::nullopt);
                   return one(duration(n, g[3].text));
                 }});
  // for years / take weeks / days before / recent weeks / decades of
  out.push_back(
      {"\\b(?i:for|take|takes|took|taken|taking|lasted|lasting|spent|spend|within|"
       "over)\\s+(?P<t>(?:(?i:many)\\s+)?" +
           kPluralUnit + ")\\b",
       [](const Groups& g, const Resolution&) { return one(duration(0.0, g[2].text)); }});
  out.push_back({"\\b(?P<t>" + kPluralUnit + ")\\s+(?i:before|after|later|earlier)\\b",
                 [](const Groups& g, const Resolution&) { return one(duration(0.0, g[2].text)); }});
  out.push_back({"\\b(?P<t>(?i:recent)\\s+" + kPluralUnit + ")\\b",
                 [](const Groups& g, const Resolution&) { return one(duration(0.0, g[2].text)); }});
  // over the next decade / for the past year / the following decade: one unit, as a length
  out.push_back(
      {"\\b(?:((?i:over|for|during|within|throughout))\\s+)?(?P<t>(?i:the)\\s+"
       "((?i:next|past|last|previous|following|coming))\\s+((?i:week|month|year|"
       "decade|century)))\\b",
       [](const Groups& g, const Resolution&) {
         std::string unit = to_lower_ascii(g[4].text);
         bool long_unit = unit == "decade" || unit == "century";
         if (!g[1].matched() && !long_unit) return one(std::nullopt);
         return one(duration(1.0, unit));
       }});
  // now in its fourth year: it has lasted at least three
  out.push_back({"\\b(?P<t>(?:(?i:now)\\s+)?(?i:in)\\s+(?i:its|their|his|her)\\s+" + kOrdinal +
                     "\\s+" + kPlainUnit + ")\\b",
                 [](const Groups& g, const Resolution&) {
                   int n = ordinal_value(g[2].text);
                   if (n < 2) return one(std::nullopt);
                   auto t = duration(static_cast<double>(n - 1), g[3].text);
                   if (t) t->mod = "EQUAL_OR_MORE";
                   return one(t);
                 }});
  // 3:07:35 (a race time)
  out.push_back({"(?:^|[^0-9:])(?P<t>([0-9]{1,2}):([0-5][0-9]):([0-5][0-9]))(?:$|[^0-9:])",
                 [](const Groups& g, const Resolution&) {
                   TimeExpression t;
                   t.type = "DURATION";
                   t.grain = TimeGrain::kDuration;
                   int h = to_int(g[2].text);
                   int m = to_int(g[3].text);
                   int s = to_int(g[4].text);
                   t.value = "PT" + (h ? std::to_string(h) + "H" : "") +
                             (m ? std::to_string(m) + "M" : "") +
                             (s ? std::to_string(s) + "S" : "");
                   t.duration_days = (h * 3600.0 + m * 60.0 + s) / 86400.0;
                   return one(t);
                 }});
  // every morning / each year / annually (sets: recurring times, never a period)
  out.push_back(
      {"\\b(?P<t>(?i:every|each)\\s+((?i:year|month|week|day|morning|afternoon|evening|night|"
       "summer|winter|spring|autumn|season|quarter)))\\b",
       [](const Groups& g, const Resolution&) {
         std::string u = to_lower_ascii(g[2].text);
         TimeExpression t;
         t.type = "SET";
         t.grain = TimeGrain::kVague;
         if (u == "year") t.value = "XXXX";
         if (u == "month") t.value = "XXXX-XX";
         if (u == "week") t.value = "XXXX-WXX";
         if (u == "day") t.value = "XXXX-XX-XX";
         if (u == "quarter") t.value = "XXXX-QX";
         if (u == "morning") t.value = "XXXX-XX-XXTMO";
         if (u == "afternoon") t.value = "XXXX-XX-XXTAF";
         if (u == "evening") t.value = "XXXX-XX-XXTEV";
         if (u == "night") t.value = "XXXX-XX-XXTNI";
         if (u == "summer") t.value = "XXXX-SU";
         if (u == "winter" || u == "season") t.value = "XXXX-WI";
         if (u == "spring") t.value = "XXXX-SP";
         if (u == "autumn") t.value = "XXXX-FA";
         return one(t);
       }});
  out.push_back({"\\b(?P<t>(?i:annually|yearly))\\b", [](const Groups&, const Resolution&) {
                   TimeExpression t;
                   t.type = "SET";
                   t.grain = TimeGrain::kVague;
                   t.value = "XXXX";
                   return one(t);
                 }});
}

}  // namespace factlint::time
