// Suppressions: finding the comments, matching them to findings, reporting the useless ones.
#include "suppress/suppressions.h"

#include <algorithm>

#include "core/text.h"
#include "segment/sentences.h"

namespace factlint {

namespace {

enum class Directive { kDisableNextLine, kDisable, kEnable };

struct Suppression {
  Directive directive;
  std::vector<std::string> rules;  // empty: every rule
  std::string reason;
  std::size_t begin = 0;  // the comment's span in the original
  std::size_t end = 0;
  int line = 0;           // the line the comment ends on
  std::size_t from = 0;   // kDisableNextLine: the span it covers, from the next line's start
  std::size_t until = 0;  // kDisable: where the matching enable starts; kDisableNextLine: the
                          // end of that line or of the sentences starting on it, if later
  int used = 0;
};

bool covers_rule(const Suppression& s, const std::string& rule) {
  return s.rules.empty() || std::find(s.rules.begin(), s.rules.end(), rule) != s.rules.end();
}

// The comment that holds the keyword at `at`: an HTML comment around it, or, in plain text, a
// `#` or `//` before it on its line. False when the keyword is just mentioned in prose.
bool comment_span(const std::string& text, std::size_t at, InputFormat format, std::size_t* begin,
                  std::size_t* body_end, std::size_t* end) {
  std::size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  std::string_view before(text.data() + line_start, at - line_start);
  std::size_t open = before.rfind("<!--");
  if (open != std::string_view::npos && trim(before.substr(open + 4)).empty()) {
    std::size_t close = text.find("-->", at);
    if (close == std::string::npos) return false;
    *begin = line_start + open;
    *body_end = close;
    *end = close + 3;
    return true;
  }
  if (format != InputFormat::kPlainText) return false;
  std::string_view head = before;
  while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
  std::size_t marker;
  if (!head.empty() && head.back() == '#')
    marker = head.size() - 1;
  else if (head.size() >= 2 && head.substr(head.size() - 2) == "//")
    marker = head.size() - 2;
  else
    return false;
  std::size_t line_end = text.find('\n', at);
  if (line_end == std::string::npos) line_end = text.size();
  if (line_end > at && text[line_end - 1] == '\r') --line_end;
  *begin = line_start + marker;
  *body_end = line_end;
  *end = line_end;
  return true;
}

std::vector<Suppression> find_suppressions(const std::string& text, InputFormat format) {
  static const std::pair<const char*, Directive> kKeywords[] = {
      {"factlint-disable-next-line", Directive::kDisableNextLine},
      {"factlint-disable", Directive::kDisable},
      {"factlint-enable", Directive::kEnable}};
  std::vector<Suppression> found;
  LineIndex lines(text);
  std::size_t pos = 0;
  while ((pos = text.find("factlint-", pos)) != std::string::npos) {
    std::size_t at = pos;
    pos += 9;
    for (const auto& [keyword, directive] : kKeywords) {
      std::string_view kw = keyword;
      if (text.compare(at, kw.size(), kw) != 0) continue;
      std::size_t after = at + kw.size();
      if (after < text.size() && text[after] != ' ' && text[after] != '\t' && text[after] != '-' &&
          text[after] != '\n' && text[after] != '\r')
        continue;
      if (text.compare(after, 10, "-next-line") == 0 && directive != Directive::kDisableNextLine)
        continue;
      std::size_t begin = 0, body_end = 0, end = 0;
      if (!comment_span(text, at, format, &begin, &body_end, &end)) break;
      std::string_view body(text.data() + after, body_end - after);
      Suppression s;
      s.directive = directive;
      std::size_t dashes = body.find("--");
      std::string_view ids = dashes == std::string_view::npos ? body : body.substr(0, dashes);
      if (dashes != std::string_view::npos) s.reason = std::string(trim(body.substr(dashes + 2)));
      std::string id;
      for (char c : std::string(ids) + " ") {
        if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
          if (!id.empty()) s.rules.push_back(id);
          id.clear();
        } else {
          id.push_back(c);
        }
      }
      s.begin = begin;
      s.end = end;
      s.line = lines.position(end > begin ? end - 1 : end).line;
      found.push_back(s);
      pos = end;
      break;
    }
  }
  // disable-next-line covers the next line and every sentence that starts on it, so a comment
  // before a hard-wrapped paragraph covers its first sentence whole.
  // Sentences are read with the comments blanked, so a comment line is not part of the
  // sentence after it.
  std::vector<Sentence> sentences;
  for (Suppression& s : found) {
    if (s.directive != Directive::kDisableNextLine) continue;
    if (sentences.empty()) {
      std::string masked = text;
      for (const Suppression& c : found)
        for (std::size_t i = c.begin; i < c.end && i < masked.size(); ++i)
          if (masked[i] != '\n') masked[i] = ' ';
      sentences = split_sentences(masked);
    }
    std::size_t next = text.find('\n', s.end);
    s.from = next == std::string::npos ? text.size() : next + 1;
    std::size_t line_end = text.find('\n', s.from);
    s.until = line_end == std::string::npos ? text.size() : line_end;
    for (const Sentence& sentence : sentences)
      if (sentence.begin >= s.from && sentence.begin < s.until && sentence.end > s.until)
        s.until = sentence.end;
  }
  // Each disable runs to the first later enable that names its rules (or all), else to the end.
  for (Suppression& s : found) {
    if (s.directive != Directive::kDisable) continue;
    s.until = text.size();
    for (const Suppression& e : found) {
      if (e.directive != Directive::kEnable || e.begin < s.end) continue;
      bool matches = e.rules.empty() || std::any_of(s.rules.begin(), s.rules.end(),
                                                    [&](auto& r) { return covers_rule(e, r); });
      if (matches) {
        s.until = e.begin;
        break;
      }
    }
  }
  return found;
}

Finding notice(const std::string& rule, const std::string& message, const Suppression& s,
               const std::string& text, const LineIndex& lines) {
  Finding f;
  f.rule = rule;
  f.kind = "internal";
  f.severity = Severity::kWarning;
  f.rule_description = rule == "unused-suppression"
                           ? "A suppression comment must suppress a finding."
                           : "A suppression comment must give its reason after ' -- '.";
  TextPosition a = lines.position(s.begin);
  TextPosition b = lines.position(s.end);
  f.where = {s.begin, s.end - s.begin, a.line, a.column, b.line, b.column};
  f.excerpt = text.substr(s.begin, s.end - s.begin);
  f.message = message;
  return f;
}

}  // namespace

void apply_suppressions(FileReport& report, InputFormat format) {
  if (!report.original) return;
  const std::string& text = *report.original;
  std::vector<Suppression> suppressions = find_suppressions(text, format);
  if (suppressions.empty()) return;
  std::vector<Finding> kept;
  for (Finding& f : report.findings) {
    bool suppressed = false;
    for (Suppression& s : suppressions) {
      bool hit = false;
      if (s.directive == Directive::kDisableNextLine)
        hit = f.where.offset >= s.from && f.where.offset < s.until && covers_rule(s, f.rule);
      else if (s.directive == Directive::kDisable)
        hit = f.where.offset >= s.end && f.where.offset < s.until && covers_rule(s, f.rule);
      if (hit) {
        ++s.used;
        suppressed = true;
      }
    }
    if (!suppressed) kept.push_back(std::move(f));
  }
  LineIndex lines(text);
  for (const Suppression& s : suppressions) {
    if (s.directive == Directive::kEnable) continue;
    std::string name =
        s.directive == Directive::kDisable ? "factlint-disable" : "factlint-disable-next-line";
    if (s.reason.empty())
      kept.push_back(notice("suppression-without-reason",
                            name + " without a reason: say why after ' -- '", s, text, lines));
    if (s.used == 0)
      kept.push_back(
          notice("unused-suppression", name + " suppresses nothing: remove it", s, text, lines));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Finding& a, const Finding& b) {
    return a.where.offset < b.where.offset;
  });
  report.findings = std::move(kept);
}

}  // namespace factlint
