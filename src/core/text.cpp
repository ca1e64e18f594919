// Text utilities: line index, UTF-8 decoding and ASCII helpers.
#include "core/text.h"

#include <algorithm>

namespace factlint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts_.push_back(i + 1);
}

TextPosition LineIndex::position(std::size_t byte_offset) const {
  byte_offset = std::min(byte_offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte_offset);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // 1-based
  std::size_t start = starts_[line - 1];
  return {static_cast<int>(line),
          static_cast<int>(count_code_points(text_.substr(start, byte_offset - start))) + 1};
}

std::string_view LineIndex::line_text(int line) const {
  if (line < 1 || line > line_count()) return {};
  std::size_t start = starts_[static_cast<std::size_t>(line - 1)];
  std::size_t end = static_cast<std::size_t>(line) < starts_.size()
                        ? starts_[static_cast<std::size_t>(line)] - 1
                        : text_.size();
  std::string_view s = text_.substr(start, end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

bool is_valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t n = utf8_sequence_length(lead);
    if (n == 1 && lead >= 0x80) return false;
    if (i + n > text.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

std::size_t count_code_points(std::string_view text) {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

char32_t decode_utf8(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return 0;
  auto lead = static_cast<unsigned char>(text[offset]);
  std::size_t n = utf8_sequence_length(lead);
  if (n == 1) return lead < 0x80 ? lead : 0xFFFD;
  if (offset + n > text.size()) return 0xFFFD;
  char32_t cp = lead & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    auto c = static_cast<unsigned char>(text[offset + k]);
    if ((c & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (c & 0x3F);
  }
  return cp;
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_alpha(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c);
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

}  // namespace factlint
