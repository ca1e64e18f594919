// Tokens: a small hand-written scanner; news text needs only words, numbers and punctuation.
#include "segment/tokens.h"

#include "core/text.h"

namespace factlint {

namespace {

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 ||
         c == 0x202F || c == 0x200B;
}

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == 0x2019;
}
bool is_joining_dash(char32_t c) {
  return c == '-' || c == 0x2013 || c == 0x2010 || c == 0x2011;
}

bool is_letter_cp(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(static_cast<char>(c));
  // Blocks of punctuation and symbols news copy uses as bullets, arrows and decoration
  // ("►West Virginia", "• Kyiv", "✔ Confirmed", emoji): never part of a word.
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kNotLetters[] = {
      {0xA0, 0xBF},       // Latin-1 punctuation and symbols
      {0xD7, 0xD7},       // multiplication sign
      {0xF7, 0xF7},       // division sign
      {0x2000, 0x2BFF},   // general punctuation, arrows, maths, box drawing, shapes, dingbats
      {0x3000, 0x303F},   // CJK punctuation
      {0xE000, 0xF8FF},   // private use (icon fonts)
      {0xFE00, 0xFE0F},   // variation selectors
      {0xFE30, 0xFE4F},   // CJK compatibility forms
      {0xFFF0, 0xFFFF},   // specials
      {0x1F000, 0x1FAFF}  // emoji and pictographs
  };
  for (const Range& r : kNotLetters)
    if (c >= r.first && c <= r.last) return false;
  return true;
}

bool is_digit_cp(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_alnum_cp(char32_t c) {
  return is_letter_cp(c) || is_digit_cp(c);
}

class Scanner {
 public:
  Scanner(std::string_view text, std::size_t pos, std::size_t end)
      : text_(text), pos_(pos), end_(end) {}
  bool done() const { return pos_ >= end_; }
  std::size_t pos() const { return pos_; }
  void seek(std::size_t p) { pos_ = p; }
  char32_t peek(std::size_t ahead_cps = 0) const {
    std::size_t p = pos_;
    for (std::size_t i = 0; i < ahead_cps && p < end_; ++i)
      p += utf8_sequence_length(static_cast<unsigned char>(text_[p]));
    return p < end_ ? decode_utf8(text_, p) : 0;
  }
  void advance() { pos_ += utf8_sequence_length(static_cast<unsigned char>(text_[pos_])); }

 private:
  std::string_view text_;
  std::size_t pos_;
  std::size_t end_;
};

void append_key(std::string& key, char32_t c, std::string_view raw) {
  if (is_apostrophe(c)) {
    key += '\'';
  } else if (is_joining_dash(c)) {
    key += '-';
  } else {
    key += raw;
  }
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  Scanner s(text, begin, end);
  auto raw_at = [&](std::size_t p) {
    return text.substr(p, utf8_sequence_length(static_cast<unsigned char>(text[p])));
  };
  while (!s.done()) {
    char32_t c = s.peek();
    std::size_t start = s.pos();
    if (is_space_cp(c)) {
      s.advance();
      continue;
    }
    if (is_apostrophe(c) && (s.peek(1) == 's' || s.peek(1) == 'S') && !is_alnum_cp(s.peek(2)) &&
        !tokens.empty() && tokens.back().end == start) {
      s.advance();
      s.advance();
      tokens.push_back({TokenKind::kPossessive, start, s.pos(), "'s"});
      continue;
    }
    if (is_digit_cp(c)) {
      std::string key;
      bool has_letters = false;
      while (!s.done()) {
        char32_t d = s.peek();
        if (is_digit_cp(d)) {
          key += static_cast<char>(d);
          s.advance();
        } else if ((d == ',' || d == '.') && is_digit_cp(s.peek(1))) {
          key += static_cast<char>(d);
          s.advance();
        } else if (is_letter_cp(d)) {  // ordinals and codes: 4th, 21st, 737s
          has_letters = true;
          key += raw_at(s.pos());
          s.advance();
        } else if (is_joining_dash(d) && is_alnum_cp(s.peek(1)) && has_letters) {
          key += '-';
          s.advance();
        } else {
          break;
        }
      }
      tokens.push_back({has_letters ? TokenKind::kWord : TokenKind::kNumber, start, s.pos(), key});
      continue;
    }
    if (is_letter_cp(c)) {
      std::string key;
      // Dotted acronyms keep their periods: U.S., U.K., D.C., a.m.
      if (s.peek(1) == '.' && is_letter_cp(s.peek(2)) && s.peek(3) == '.') {
        while (is_letter_cp(s.peek()) && s.peek(1) == '.') {
          key += raw_at(s.pos());
          s.advance();
          key += '.';
          s.advance();
        }
        tokens.push_back({TokenKind::kWord, start, s.pos(), key});
        continue;
      }
      while (!s.done()) {
        char32_t d = s.peek();
        if (is_alnum_cp(d)) {
          key += raw_at(s.pos());
          s.advance();
        } else if (is_joining_dash(d) && is_alnum_cp(s.peek(1))) {
          key += '-';
          s.advance();
        } else if (is_apostrophe(d) && is_letter_cp(s.peek(1)) &&
                   !((s.peek(1) == 's' || s.peek(1) == 'S') && !is_alnum_cp(s.peek(2)))) {
          key += '\'';  // O'Brien, d'Ivoire, don't
          s.advance();
        } else {
          break;
        }
      }
      tokens.push_back({TokenKind::kWord, start, s.pos(), key});
      continue;
    }
    std::string key;
    append_key(key, c, raw_at(s.pos()));
    s.advance();
    tokens.push_back({TokenKind::kPunct, start, s.pos(), key});
  }
  return tokens;
}

std::vector<std::string> token_keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (Token& t : tokenize(phrase, 0, phrase.size())) keys.push_back(std::move(t.key));
  return keys;
}

}  // namespace factlint
