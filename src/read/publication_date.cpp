// Publication date: front matter, a `date` first line, or a dateline near the top.
#include "read/publication_date.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include "core/text.h"

namespace factlint {

namespace {

constexpr int kDatelineSearchLines = 15;
constexpr std::size_t kDatelineMaxLength = 60;

std::optional<Day> make_day(int year, int month, int day) {
  auto d = FuzzyDate::from_parts(year, month, day);
  if (!d || d->precision() != DatePrecision::kDay) return std::nullopt;
  return d->first_day();
}

std::optional<PublicationDate> from_front_matter(const Document& doc) {
  if (doc.front_matter.empty()) return std::nullopt;
  YAML::Node root;
  try {
    root = YAML::Load(doc.front_matter);
  } catch (const YAML::Exception&) {
    return std::nullopt;  // malformed front matter: fall through to the other sources
  }
  if (!root.IsMap()) return std::nullopt;
  for (const char* key : {"date", "published", "pubDate", "publishDate"}) {
    YAML::Node value = root[key];
    if (!value || !value.IsScalar()) continue;
    if (auto day = parse_iso_day_prefix(value.Scalar()))
      return PublicationDate{*day, std::string("front matter ") + key + ":"};
  }
  return std::nullopt;
}

std::optional<PublicationDate> from_first_line(const LineIndex& lines) {
  static const RE2 kDateLine(R"(^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b)");
  std::string iso;
  for (int line = 1; line <= lines.line_count(); ++line) {
    std::string_view text = lines.line_text(line);
    if (trim(text).empty()) continue;  // the first non-empty line
    if (RE2::PartialMatch(text, kDateLine, &iso))
      if (auto day = parse_iso_day_prefix(iso)) return PublicationDate{*day, "first line"};
    return std::nullopt;
  }
  return std::nullopt;
}

// The year of a copyright line ("© 2025 Reuters", "Copyright 2025 The Associated Press"), when
// the text has exactly one such year: the context a wire dateline without a year relies on.
std::optional<int> copyright_year(std::string_view text) {
  static const RE2 kCopyright(R"((?i)(?:©|\(c\)|copyright)\s*(?:©\s*)?((?:19|20)\d\d)\b)");
  re2::StringPiece input(text.data(), text.size());
  std::optional<int> year;
  int found = 0;
  while (RE2::FindAndConsume(&input, kCopyright, &found)) {
    if (year && *year != found) return std::nullopt;  // two years: ambiguous
    year = found;
  }
  return year;
}

// A wire-service dateline opening the story: a place in capitals, optional region, then the
// date and an optional agency before a dash: "ROME, Thu, 06 March 2025 --", "KYIV, Ukraine,
// Feb. 24 (Reuters) -". "WASHINGTON (AP) —" has no date and gives none.
std::optional<PublicationDate> from_wire_dateline(const LineIndex& lines, std::string_view text,
                                                  std::string* hint) {
  static const std::string kPlace = R"(^\s*[A-Z][A-Z.'’ -]+(?:,\s+[A-Z][A-Za-z.'’ -]+){0,2},\s+)"
                                    R"((?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?)";
  static const std::string kAfter = R"(\s*(?:\([A-Za-z][A-Za-z .&-]*\)\s*)?(?:--|-|—|–))";
  static const RE2 kDayMonth(kPlace + R"((\d{1,2})\s+([A-Za-z]+)\.?(?:,?\s+(\d{4}))?)" + kAfter);
  static const RE2 kMonthDay(kPlace + R"(([A-Za-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?)" + kAfter);
  int last = std::min(lines.line_count(), kDatelineSearchLines);
  for (int line = 1; line <= last; ++line) {
    std::string_view l = lines.line_text(line);
    int day = 0;
    std::string month, year_text;
    if (!RE2::PartialMatch(l, kDayMonth, &day, &month, &year_text) &&
        !RE2::PartialMatch(l, kMonthDay, &month, &day, &year_text))
      continue;
    int m = month_from_name(month);
    if (m == 0) continue;
    std::string where = "dateline on line " + std::to_string(line);
    if (!year_text.empty()) {
      if (auto d = make_day(std::stoi(year_text), m, day)) return PublicationDate{*d, where};
      continue;
    }
    if (auto year = copyright_year(text))
      if (auto d = make_day(*year, m, day))
        return PublicationDate{*d, where + ", year from the copyright line"};
    if (hint) *hint = "the " + where + " gives no year (and no single copyright year says it)";
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<PublicationDate> from_dateline(const LineIndex& lines) {
  static const RE2 kDayMonthYear(
      R"((?i)^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})\b)");
  static const RE2 kMonthDayYear(
      R"((?i)^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b)");
  int last = std::min(lines.line_count(), kDatelineSearchLines);
  for (int line = 1; line <= last; ++line) {
    std::string_view text = lines.line_text(line);
    if (text.size() > kDatelineMaxLength) continue;
    int day = 0;
    int year = 0;
    std::string month;
    if (RE2::PartialMatch(text, kDayMonthYear, &day, &month, &year) ||
        RE2::PartialMatch(text, kMonthDayYear, &month, &day, &year)) {
      int m = month_from_name(month);
      if (m == 0) continue;
      if (auto d = make_day(year, m, day))
        return PublicationDate{*d, "dateline on line " + std::to_string(line)};
    }
  }
  return std::nullopt;
}

}  // namespace

int month_from_name(std::string_view name) {
  static const char* const kMonths[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
  std::string lower = to_lower_ascii(name);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower == "sept") return 9;
  for (int i = 0; i < 12; ++i) {
    std::string_view full = kMonths[i];
    if (lower == full) return i + 1;
    if (lower.size() == 3 && full.substr(0, 3) == lower) return i + 1;
  }
  return 0;
}

std::optional<Day> parse_iso_day_prefix(std::string_view text) {
  text = trim(text);
  if (text.size() < 10) return std::nullopt;
  auto d = FuzzyDate::parse(text.substr(0, 10));
  if (!d || d->precision() != DatePrecision::kDay) return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return std::nullopt;
  return d->first_day();
}

std::optional<PublicationDate> find_publication_date(const Document& doc, std::string* hint) {
  if (auto p = from_front_matter(doc)) return p;
  LineIndex lines(doc.original);
  if (auto p = from_first_line(lines)) return p;
  if (auto p = from_dateline(lines)) return p;
  return from_wire_dateline(lines, doc.text, hint);
}

}  // namespace factlint
