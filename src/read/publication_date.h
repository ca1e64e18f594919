// Publication date: the "now" of an article, which every time-relative check resolves against.
//
//   if (auto p = find_publication_date(doc)) { doc.published = p->day; doc.published_from =
//   p->source; }
//
// Order (SPEC.md): front matter `date:`; a first line `date YYYY-MM-DD`; a dateline such as
// "Fri, 08 August 2025" in the first lines; a wire dateline ("ROME, Thu, 06 March 2025 --",
// "KYIV, Ukraine, Feb. 24 (Reuters) -", its year from a single copyright year when it gives
// none). `--date` overrides all and is applied by the caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "read/document.h"

namespace factlint {

struct PublicationDate {
  Day day;
  std::string source;  // human-readable: "front matter date:", "first line", "dateline line 8"
};

// `hint`, when given, says why a date-like line was not taken (a wire dateline without a year).
std::optional<PublicationDate> find_publication_date(const Document& doc,
                                                     std::string* hint = nullptr);

// Parses a day written as an ISO date, optionally followed by a time ("2025-08-08T10:00Z").
std::optional<Day> parse_iso_day_prefix(std::string_view text);

// Month number from an English month name or abbreviation ("Feb", "Feb.", "february"); 0 if none.
int month_from_name(std::string_view name);

}  // namespace factlint
