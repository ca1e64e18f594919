// Readers for plain text and Markdown (with YAML front matter); dispatch to the others.
#include "read/readers.h"

#include <cstring>

#include "core/text.h"

namespace factlint {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

void blank(std::string& text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end && i < text.size(); ++i)
    if (text[i] != '\n' && text[i] != '\r') text[i] = ' ';
}

// Line boundaries [begin, end) without the newline.
struct LineRange {
  std::size_t begin;
  std::size_t end;
};

std::vector<LineRange> split_lines(std::string_view text) {
  std::vector<LineRange> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::size_t end = i;
      if (end > start && text[end - 1] == '\r') --end;
      lines.push_back({start, end});
      start = i + 1;
    }
  }
  return lines;
}

// Blanks the front matter and records it; returns the index of the first body line.
std::size_t take_front_matter(Document& doc, const std::vector<LineRange>& lines) {
  auto line = [&](std::size_t i) {
    return std::string_view(doc.original).substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  if (lines.empty() || line(0) != "---") return 0;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    if (line(i) == "---" || line(i) == "...") {
      doc.front_matter = doc.original.substr(lines[1].begin, lines[i].begin - lines[1].begin);
      doc.front_matter_line = 2;
      blank(doc.text, 0, lines[i].end);
      return i + 1;
    }
  }
  return 0;  // no closing fence: not front matter
}

bool is_word_char(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || (static_cast<unsigned char>(c) >= 0x80);
}

// Blanks inline markup within [begin, end) of one line.
void blank_inline(std::string& text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c == '`') {  // inline code span
      std::size_t close = text.find('`', i + 1);
      if (close == std::string::npos || close >= end) close = end - 1;
      blank(text, i, close + 1);
      i = close + 1;
      continue;
    }
    if (c == '<' && i + 1 < end && (is_ascii_alpha(text[i + 1]) || text[i + 1] == '/')) {
      std::size_t close = text.find('>', i);
      if (close != std::string::npos && close < end) {  // an HTML tag or autolink
        blank(text, i, close + 1);
        i = close + 1;
        continue;
      }
    }
    if (c == '!' && i + 1 < end && text[i + 1] == '[') {  // image: alt text is not prose
      std::size_t close = text.find(']', i);
      if (close != std::string::npos && close < end) {
        std::size_t stop = close + 1;
        if (stop < end && text[stop] == '(') {
          std::size_t paren = text.find(')', stop);
          if (paren != std::string::npos && paren < end) stop = paren + 1;
        }
        blank(text, i, stop);
        i = stop;
        continue;
      }
    }
    if (c == ']' && i + 1 < end && text[i + 1] == '(') {  // link target
      std::size_t paren = text.find(')', i);
      if (paren != std::string::npos && paren < end) {
        blank(text, i, paren + 1);
        i = paren + 1;
        continue;
      }
    }
    if (c == '[' || c == '*') {
      text[i] = ' ';
    } else if (c == '_') {
      bool inside_word =
          i > begin && i + 1 < end && is_word_char(text[i - 1]) && is_word_char(text[i + 1]);
      if (!inside_word) text[i] = ' ';
    }
    ++i;
  }
}

// Blanks block markers at the start of a line: headings, quotes, list bullets.
std::size_t blank_block_marker(std::string& text, std::size_t begin, std::size_t end) {
  std::size_t i = begin;
  while (i < end && text[i] == ' ') ++i;
  while (i < end && (text[i] == '>' || text[i] == '#')) {
    text[i] = ' ';
    ++i;
    while (i < end && text[i] == ' ') ++i;
  }
  if (i + 1 < end && (text[i] == '-' || text[i] == '*' || text[i] == '+') && text[i + 1] == ' ') {
    text[i] = ' ';
    return i + 1;
  }
  std::size_t j = i;
  while (j < end && is_ascii_digit(text[j])) ++j;
  if (j > i && j + 1 < end && (text[j] == '.' || text[j] == ')') && text[j + 1] == ' ') {
    blank(text, i, j + 1);
    return j + 1;
  }
  return i;
}

bool is_fence(std::string_view line) {
  std::string_view t = line;
  std::size_t spaces = 0;
  while (spaces < t.size() && spaces < 3 && t[spaces] == ' ') ++spaces;
  t.remove_prefix(spaces);
  return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
}

// A `# factlint-...` or `// factlint-...` comment line in plain text is an instruction, not prose.
void blank_directive_lines(Document& doc) {
  for (const LineRange& r : split_lines(doc.original)) {
    std::string_view line = trim(std::string_view(doc.original).substr(r.begin, r.end - r.begin));
    for (std::string_view marker : {"#", "//"})
      if (line.substr(0, marker.size()) == marker &&
          trim(line.substr(marker.size())).substr(0, 9) == "factlint-")
        blank(doc.text, r.begin, r.end);
  }
}

bool is_blank(std::string_view s) {
  return trim(s).empty();
}

// A line that held only markup (a suppression comment in a hard-wrapped paragraph) must not read
// as the blank line that ends a paragraph: the line break before it becomes a space, so the
// sentence runs on across it. Offsets and line numbers are unchanged.
void join_markup_only_lines(Document& doc) {
  std::vector<LineRange> lines = split_lines(doc.original);
  auto text_of = [&](std::size_t i) {
    return std::string_view(doc.text).substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  auto original_of = [&](std::size_t i) {
    return std::string_view(doc.original).substr(lines[i].begin, lines[i].end - lines[i].begin);
  };
  for (std::size_t i = 1; i + 1 < lines.size(); ++i) {
    if (!is_blank(text_of(i)) || is_blank(original_of(i))) continue;
    if (is_blank(text_of(i - 1)) || is_blank(text_of(i + 1))) continue;
    std::size_t newline = lines[i].begin - 1;  // ends the previous line
    if (newline < doc.text.size() && doc.text[newline] == '\n') doc.text[newline] = ' ';
    if (newline > 0 && doc.text[newline - 1] == '\r') doc.text[newline - 1] = ' ';
  }
}

}  // namespace

InputFormat detect_format(std::string_view path) {
  std::string lower = to_lower_ascii(path);
  if (ends_with(lower, ".md") || ends_with(lower, ".markdown") || ends_with(lower, ".mdx"))
    return InputFormat::kMarkdown;
  if (ends_with(lower, ".html") || ends_with(lower, ".htm") || ends_with(lower, ".xhtml"))
    return InputFormat::kHtml;
  if (ends_with(lower, ".json") || ends_with(lower, ".ninjs")) return InputFormat::kNinjs;
  return InputFormat::kPlainText;
}

void blank_markdown(Document& doc) {
  std::vector<LineRange> lines = split_lines(doc.original);
  std::size_t first = take_front_matter(doc, lines);
  bool in_fence = false;
  bool in_comment = false;
  for (std::size_t li = first; li < lines.size(); ++li) {
    std::size_t begin = lines[li].begin;
    std::size_t end = lines[li].end;
    std::string_view line = std::string_view(doc.original).substr(begin, end - begin);
    if (is_fence(line)) {
      in_fence = !in_fence;
      blank(doc.text, begin, end);
      continue;
    }
    if (in_fence) {
      blank(doc.text, begin, end);
      continue;
    }
    // HTML comments may span lines; blank them before any other markup.
    std::size_t pos = begin;
    while (pos < end) {
      if (in_comment) {
        std::size_t close = doc.original.find("-->", pos);
        std::size_t stop = (close == std::string::npos || close + 3 > end) ? end : close + 3;
        blank(doc.text, pos, stop);
        if (stop != end || (close != std::string::npos && close + 3 == end)) in_comment = false;
        pos = stop;
        continue;
      }
      std::size_t open = doc.original.find("<!--", pos);
      if (open == std::string::npos || open >= end) break;
      in_comment = true;
      pos = open;
    }
    std::size_t body = blank_block_marker(doc.text, begin, end);
    blank_inline(doc.text, body, end);
  }
}

std::optional<Document> read_document(std::string path, std::string bytes, InputFormat format,
                                      std::string* error) {
  // UTF-16 text has NUL bytes in every ASCII character: name it, so the desk knows to convert.
  if (bytes.compare(0, 2, "\xFF\xFE") == 0 || bytes.compare(0, 2, "\xFE\xFF") == 0) {
    if (error) *error = "UTF-16 text (byte order mark), skipped: convert it to UTF-8";
    return std::nullopt;
  }
  if (std::memchr(bytes.data(), '\0', bytes.size()) != nullptr) {
    if (error) *error = "binary file (contains NUL bytes), skipped";
    return std::nullopt;
  }
  if (!is_valid_utf8(bytes)) {
    if (error) *error = "not valid UTF-8, skipped";
    return std::nullopt;
  }
  Document doc;
  doc.path = std::move(path);
  doc.original = std::move(bytes);
  // A UTF-8 byte order mark is not prose.
  doc.text = doc.original;
  if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) blank(doc.text, 0, 3);
  doc.format = format;
  if (format == InputFormat::kPlainText) blank_directive_lines(doc);
  if (format == InputFormat::kMarkdown) blank_markdown(doc);
  if (format == InputFormat::kPlainText || format == InputFormat::kMarkdown)
    join_markup_only_lines(doc);
  if (format == InputFormat::kHtml) read_html(doc);
  if (format == InputFormat::kNinjs && !read_ninjs(doc, error)) return std::nullopt;
  return doc;
}

}  // namespace factlint
