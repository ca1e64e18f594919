// Text utilities: UTF-8 aware positions and small string helpers.
//
//   LineIndex index(original_text);
//   TextPosition p = index.position(byte_offset);   // 1-based line, column in code points
//   std::string_view line = index.line_text(p.line);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct TextPosition {
  int line = 0;    // 1-based
  int column = 0;  // 1-based, in Unicode code points
};

// Maps byte offsets in a text to line and column, counting columns in code points.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  TextPosition position(std::size_t byte_offset) const;
  // The text of a 1-based line, without its line terminator.
  std::string_view line_text(int line) const;
  int line_count() const { return static_cast<int>(starts_.size()); }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// True if `text` is valid UTF-8.
bool is_valid_utf8(std::string_view text);
// Number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);
// Length in bytes of the UTF-8 sequence that starts with `lead`.
std::size_t utf8_sequence_length(unsigned char lead);
// Decodes the code point at `offset` (which must start a sequence); 0xFFFD when malformed.
char32_t decode_utf8(std::string_view text, std::size_t offset);

bool is_ascii_upper(char c);
bool is_ascii_lower(char c);
bool is_ascii_digit(char c);
bool is_ascii_alpha(char c);
std::string to_lower_ascii(std::string_view s);
std::string_view trim(std::string_view s);

}  // namespace factlint
