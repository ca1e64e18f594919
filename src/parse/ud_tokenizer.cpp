// UD tokenizer: whitespace chunks, then punctuation, clitics and hyphens split off.
#include "parse/ud_tokenizer.h"

#include <algorithm>
#include <array>

namespace factlint {

namespace {

bool is_space(unsigned char c) {
  return c <= ' ' || c == 0x7f;
}
bool is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
bool is_alnum(unsigned char c) {
  return is_alpha(c) || is_digit(c) || c >= 0x80;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// Multi-byte punctuation split off like its ASCII kin: quotes, dashes, ellipsis.
constexpr std::array<std::string_view, 9> kUnicodePunct = {
    "\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2013", "\u2026", "\u00ab", "\u00bb"};

std::size_t unicode_punct_at(std::string_view s, std::size_t i) {
  for (std::string_view p : kUnicodePunct)
    if (s.substr(i, p.size()) == p) return p.size();
  return 0;
}
std::size_t unicode_punct_before(std::string_view s, std::size_t end) {
  for (std::string_view p : kUnicodePunct)
    if (end >= p.size() && s.substr(end - p.size(), p.size()) == p) return p.size();
  return 0;
}

bool is_lead_punct(unsigned char c) {
  return std::string_view("([{\"'`<*#").find(c) != std::string_view::npos;
}
bool is_trail_punct(unsigned char c) {
  return std::string_view(")]}\"',;:!?.>*").find(c) != std::string_view::npos;
}

// Abbreviations that keep their period (besides single letters and "U.S."-style initials).
bool is_abbreviation(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kAbbrev = {
      "mr.",  "mrs.", "ms.",  "dr.",   "st.",  "jr.",   "sr.",  "gen.", "gov.",  "sen.", "rep.",
      "lt.",  "col.", "sgt.", "capt.", "rev.", "prof.", "inc.", "co.",  "corp.", "ltd.", "vs.",
      "etc.", "no.",  "ft.",  "mt.",   "jan.", "feb.",  "mar.", "apr.", "aug.",  "sep.", "sept.",
      "oct.", "nov.", "dec.", "mon.",  "tue.", "wed.",  "thu.", "fri.", "sat.",  "sun.", "approx."};
  std::string l = lower(w);
  if (std::find(kAbbrev.begin(), kAbbrev.end(), l) != kAbbrev.end()) return true;
  // Initials: "U.S.", "p.m.", "e.g.", "J."
  if (w.size() < 2) return false;
  for (std::size_t i = 0; i < w.size(); i += 2)
    if (i + 1 >= w.size() || !is_alpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.')
      return false;
  return true;
}

bool is_url(std::string_view w) {
  return w.find("://") != std::string_view::npos || w.rfind("www.", 0) == 0 ||
         (w.find('@') != std::string_view::npos && w.find('.') != std::string_view::npos);
}

// Hyphenated words whose first part is a prefix stay whole ("e-mail", "co-workers").
bool keeps_hyphen(std::string_view left) {
  static constexpr std::array<std::string_view, 12> kPrefixes = {
      "e", "co", "pre", "post", "re", "non", "anti", "ex", "mid", "multi", "pro", "un"};
  std::string l = lower(left);
  return std::find(kPrefixes.begin(), kPrefixes.end(), l) != kPrefixes.end();
}

class Splitter {
 public:
  Splitter(std::string_view text, std::size_t base, std::vector<UdToken>& out)
      : text_(text), base_(base), out_(out) {}

  void emit(std::size_t b, std::size_t e) {
    if (e > b) out_.push_back({std::string(text_.substr(b, e - b)), base_ + b, base_ + e});
  }

  // One whitespace-free chunk [b, e).
  void chunk(std::size_t b, std::size_t e) {
    std::string_view w = text_.substr(b, e - b);
    if (is_url(w)) {
      std::size_t t = e;
      while (t > b && std::string_view(".,;:!?)\"'").find(text_[t - 1]) != std::string_view::npos)
        --t;
      emit(b, t);
      for (std::size_t i = t; i < e; ++i) emit(i, i + 1);
      return;
    }
    // Leading punctuation and currency.
    std::vector<std::pair<std::size_t, std::size_t>> tail;
    while (b < e) {
      unsigned char c = static_cast<unsigned char>(text_[b]);
      std::size_t u = unicode_punct_at(text_.substr(0, e), b);
      if (u) {
        emit(b, b + u);
        b += u;
      } else if (is_lead_punct(c) || c == '$' || (c == '-' && b + 1 < e && text_[b + 1] == '-')) {
        std::size_t r = b + 1;
        while (r < e && text_[r] == static_cast<char>(c) && (c == '-' || c == '.')) ++r;
        emit(b, r);
        b = r;
      } else if (text_.substr(b, 2) == "\u00a3" && e - b > 2) {  // the pound sign
        emit(b, b + 2);
        b += 2;
      } else {
        break;
      }
    }
    // Trailing punctuation, from the right; a final period stays on an abbreviation.
    while (e > b) {
      unsigned char c = static_cast<unsigned char>(text_[e - 1]);
      std::size_t u = unicode_punct_before(text_.substr(b, e - b), e - b);
      if (u) {
        tail.emplace_back(e - u, e);
        e -= u;
        continue;
      }
      if (c == '.') {
        std::string_view word = text_.substr(b, e - b);
        if (is_abbreviation(word)) break;
        std::size_t l = e;
        while (l > b && text_[l - 1] == '.') --l;  // "..." stays one token
        tail.emplace_back(l, e);
        e = l;
        continue;
      }
      if (c == '%') {
        tail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      if (c == '\'' && e - b >= 2 && (text_[e - 2] == 's' || text_[e - 2] == 'S') && e - b > 2 &&
          is_alpha(static_cast<unsigned char>(text_[e - 3])))
        break;  // "players'": the apostrophe is a possessive, split below
      if (is_trail_punct(c)) {
        tail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      break;
    }
    word(b, e);
    for (auto it = tail.rbegin(); it != tail.rend(); ++it) emit(it->first, it->second);
  }

 private:
  // A word without outer punctuation: clitics and hyphens.
  void word(std::size_t b, std::size_t e) {
    if (e <= b) return;
    std::string l = lower(text_.substr(b, e - b));
    auto ends = [&](std::string_view suffix) {
      return l.size() > suffix.size() &&
             l.compare(l.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    static constexpr std::array<std::string_view, 14> kClitics = {
        "n't",      "n\u2019t", "'s",       "\u2019s", "'re",     "\u2019re", "'ve",
        "\u2019ve", "'ll",      "\u2019ll", "'d",      "\u2019d", "'m",       "\u2019m"};
    for (std::string_view c : kClitics)
      if (ends(c)) {
        std::size_t cut = e - c.size();
        word(b, cut);
        emit(cut, e);
        return;
      }
    if (l == "cannot") {
      emit(b, b + 3);
      emit(b + 3, e);
      return;
    }
    if (l.size() > 2 && l.back() == '\'' && l[l.size() - 2] == 's') {
      word(b, e - 1);
      emit(e - 1, e);
      return;
    }
    // Hyphens between letters split ("long-term"), unless after a prefix.
    for (std::size_t i = b + 1; i + 1 < e; ++i) {
      if (text_[i] != '-') continue;  // "and/or", "24/7" stay whole, as in the treebank
      unsigned char before = static_cast<unsigned char>(text_[i - 1]);
      unsigned char after = static_cast<unsigned char>(text_[i + 1]);
      if (!is_alnum(before) || !is_alnum(after)) continue;
      if (keeps_hyphen(text_.substr(b, i - b))) continue;
      emit(b, i);
      emit(i, i + 1);
      word(i + 1, e);
      return;
    }
    emit(b, e);
  }

  std::string_view text_;
  std::size_t base_;
  std::vector<UdToken>& out_;
};

}  // namespace

std::vector<UdToken> ud_tokenize(std::string_view text, std::size_t base) {
  std::vector<UdToken> out;
  Splitter split(text, base, out);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_space(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) split.chunk(start, i);
  }
  return out;
}

}  // namespace factlint
