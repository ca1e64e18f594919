// Document: small helpers.
#include "read/document.h"

#include <algorithm>

namespace factlint {

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kPlainText:
      return "text";
    case InputFormat::kMarkdown:
      return "markdown";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kNinjs:
      return "ninjs";
  }
  return "text";
}

std::size_t Document::original_offset(std::size_t text_offset) const {
  if (source_map.empty()) return text_offset;
  if (text_offset < source_map.size()) return source_map[text_offset];
  return original.size();
}

namespace {

// Length of the source unit starting at `at`: an HTML character reference ("&amp;", "&#8217;"),
// a JSON escape (backslash-n, backslash-u00e9, a surrogate pair), or one byte.
std::size_t source_unit_length(std::string_view s, std::size_t at) {
  constexpr std::size_t kLongestReference = 33;
  if (s[at] == '&') {
    for (std::size_t i = at + 1; i < s.size() && i - at <= kLongestReference; ++i) {
      if (s[i] == ';') return i + 1 - at;
      if (!is_ascii_alpha(s[i]) && !is_ascii_digit(s[i]) && s[i] != '#') break;
    }
    return 1;
  }
  if (s[at] == '\\' && at + 1 < s.size()) {
    if (s[at + 1] != 'u') return 2;
    bool pair = at + 12 <= s.size() && s.compare(at + 6, 2, "\\u") == 0;
    return pair ? 12 : 6;
  }
  return 1;
}

}  // namespace

std::size_t Document::original_end(std::size_t text_end) const {
  if (source_map.empty()) return text_end;
  if (text_end == 0) return original_offset(0);
  std::size_t last = original_offset(text_end - 1);
  if (last >= original.size()) return original.size();
  return std::min(original.size(), last + source_unit_length(original, last));
}

}  // namespace factlint
