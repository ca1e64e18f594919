// Vague references and clock times: now, currently, recently, in the past, the future;
// 8 p.m., 15:00 GMT. None of them has a period, so no check compares them.
#include <cstdio>

#include "core/text.h"
#include "recognise/time/recogniser.h"

namespace factlint::time {

void add_vague(std::vector<Pattern>& out) {
  // now (not "now-defunct"), right now, currently, at present, these days, nowadays
  out.push_back(
      {"\\b(?P<t>(?i:right\\s+now|now|currently|at\\s+present|at\\s+the\\s+moment|"
       "nowadays|these\\s+days))\\b(?:$|[^-]|-[^A-Za-z])",
       [](const Groups&, const Resolution&) { return one(vague_expr("PRESENT_REF")); }});
  // recently, lately, in the past, at the time
  out.push_back({"\\b(?P<t>(?i:recently|lately))\\b",
                 [](const Groups&, const Resolution&) { return one(vague_expr("PAST_REF")); }});
  // "in the past two years" is a longer duration and wins over the bare phrase.
  out.push_back({"\\b(?i:in)\\s+(?P<t>(?i:the\\s+past))\\b",
                 [](const Groups&, const Resolution&) { return one(vague_expr("PAST_REF")); }});
  out.push_back({"\\b(?P<t>(?i:at\\s+the\\s+time))\\b",
                 [](const Groups&, const Resolution&) { return one(vague_expr("PAST_REF")); }});
  out.push_back({"\\b(?i:in)\\s+(?P<t>(?i:the\\s+(?:near\\s+|distant\\s+)?future))\\b",
                 [](const Groups&, const Resolution&) { return one(vague_expr("FUTURE_REF")); }});
  // 8 PM / 10:30 a.m. / 15:00 GMT
  out.push_back(
      {"(?:^|[^0-9:.$])(?P<t>([0-2]?[0-9])(?::([0-5][0-9]))?\\s*(?:((?i:a\\.m\\.|p\\.m\\.|"
       "am|pm))|((?i:GMT|UTC|BST|CET|EST|EDT|PST|PDT))|((?i:a\\.m\\.|p\\.m\\.|am|pm))\\s+"
       "((?i:GMT|UTC|BST|CET|EST|EDT|PST|PDT))))(?:$|[^A-Za-z0-9])",
       [](const Groups& g, const Resolution&) {
         int h = to_int(g[2].text);
         int m = to_int(g[3].text);
         std::string ampm = to_lower_ascii(g[4].matched() ? g[4].text : g[6].text);
         if (ampm.empty() && !g[3].matched()) return one(std::nullopt);  // "5 GMT"
         if (!ampm.empty() && (h < 1 || h > 12)) return one(std::nullopt);
         if (h > 23) return one(std::nullopt);
         if (ampm.rfind("p", 0) == 0 && h != 12) h += 12;
         if (ampm.rfind("a", 0) == 0 && h == 12) h = 0;
         char buf[32];
         std::snprintf(buf, sizeof buf, "XXXX-XX-XXT%02d:%02d", h, m);
         TimeExpression t;
         t.type = "TIME";
         t.grain = TimeGrain::kTime;
         t.value = buf;
         return one(t);
       }});
}

}  // namespace factlint::time
