// ninjs reader: IPTC's JSON news format. The prose is body_html (through the HTML reader) or
// body_text; the publication date is versioncreated, else firstcreated.
#include <nlohmann/json.hpp>

#include "read/publication_date.h"
#include "read/readers.h"

namespace factlint {

namespace {

void skip_space(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
}

// Past the end of the JSON string starting at the quote at `i`.
std::size_t skip_string(std::string_view s, std::size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\')
      ++i;
    else if (s[i] == '"')
      return i + 1;
  }
  return s.size();
}

// Past the end of the JSON value starting at `i` (already validated by the parser).
std::size_t skip_value(std::string_view s, std::size_t i) {
  int depth = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '"') {
      i = skip_string(s, i) - 1;
      if (depth == 0) return i + 1;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth <= 0) return i + 1;
    } else if (depth == 0 && (c == ',' || c == '}')) {
      return i;
    }
  }
  return s.size();
}

// The raw span (quotes included) of the string value of a top-level key, if there is one.
std::optional<std::pair<std::size_t, std::size_t>> find_top_level_string(std::string_view s,
                                                                         std::string_view key) {
  std::size_t i = 0;
  skip_space(s, i);
  if (i >= s.size() || s[i] != '{') return std::nullopt;
  ++i;
  while (i < s.size()) {
    skip_space(s, i);
    if (i >= s.size() || s[i] != '"') return std::nullopt;
    std::size_t key_end = skip_string(s, i);
    nlohmann::json name = nlohmann::json::parse(s.substr(i, key_end - i), nullptr, false);
    i = key_end;
    skip_space(s, i);
    if (i >= s.size() || s[i] != ':') return std::nullopt;
    ++i;
    skip_space(s, i);
    std::size_t value_end = skip_value(s, i);
    if (name.is_string() && name.get<std::string>() == key && i < s.size() && s[i] == '"')
      return std::make_pair(i, value_end);
    i = value_end;
    skip_space(s, i);
    if (i < s.size() && s[i] == ',') ++i;
  }
  return std::nullopt;
}

void append_utf8(char32_t cp, std::size_t from, ExtractedProse& out) {
  char bytes[4];
  std::size_t n = 0;
  if (cp < 0x80) {
    bytes[n++] = static_cast<char>(cp);
  } else if (cp < 0x800) {
    bytes[n++] = static_cast<char>(0xC0 | (cp >> 6));
    bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    bytes[n++] = static_cast<char>(0xE0 | (cp >> 12));
    bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    bytes[n++] = static_cast<char>(0xF0 | (cp >> 18));
    bytes[n++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    bytes[n++] = static_cast<char>(0x80 | (cp & 0x3F));
  }
  for (std::size_t k = 0; k < n; ++k) {
    out.text.push_back(bytes[k]);
    out.source_map.push_back(from);
  }
}

// Decodes the JSON string token [begin, end) of `s`, mapping each byte to its escape or byte.
ExtractedProse decode_string(std::string_view s, std::size_t begin, std::size_t end) {
  ExtractedProse out;
  for (std::size_t i = begin + 1; i + 1 < end;) {
    if (s[i] != '\\') {
      out.text.push_back(s[i]);
      out.source_map.push_back(i);
      ++i;
      continue;
    }
    char e = i + 1 < end ? s[i + 1] : '\\';
    if (e == 'u' && i + 6 <= end) {
      char32_t cp = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 2, 4)), nullptr, 16));
      std::size_t length = 6;
      if (cp >= 0xD800 && cp < 0xDC00 && i + 12 <= end && s.compare(i + 6, 2, "\\u") == 0) {
        auto low = static_cast<char32_t>(std::stoul(std::string(s.substr(i + 8, 4)), nullptr, 16));
        if (low >= 0xDC00 && low < 0xE000) {
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          length = 12;
        }
      }
      // A lone surrogate encodes no character: U+FFFD keeps the text valid UTF-8.
      if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
      append_utf8(cp, i, out);
      i += length;
      continue;
    }
    char c = e;
    switch (e) {
      case 'n':
        c = '\n';
        break;
      case 't':
        c = '\t';
        break;
      case 'r':
        c = '\r';
        break;
      case 'b':
        c = '\b';
        break;
      case 'f':
        c = '\f';
        break;
      default:
        break;
    }
    out.text.push_back(c);
    out.source_map.push_back(i);
    i += 2;
  }
  return out;
}

}  // namespace

bool read_ninjs(Document& doc, std::string* error) {
  nlohmann::json root = nlohmann::json::parse(doc.original, nullptr, false);
  if (root.is_discarded() || !root.is_object()) {
    *error = "not a ninjs document (not a JSON object), skipped";
    return false;
  }
  for (const char* key : {"versioncreated", "firstcreated"}) {
    auto it = root.find(key);
    if (it == root.end() || !it->is_string()) continue;
    if (auto day = parse_iso_day_prefix(it->get<std::string>())) {
      doc.published = day;
      doc.published_from = std::string("ninjs ") + key;
      break;
    }
  }
  bool html = true;
  auto span = find_top_level_string(doc.original, "body_html");
  if (!span) {
    html = false;
    span = find_top_level_string(doc.original, "body_text");
  }
  if (!span) {
    *error = "not a ninjs document (no body_html or body_text), skipped";
    return false;
  }
  ExtractedProse body = decode_string(doc.original, span->first, span->second);
  if (html) {
    // Compose the two maps: analysis text -> decoded HTML -> the JSON file.
    ExtractedProse prose = extract_html_prose(body.text);
    for (std::size_t& offset : prose.source_map)
      offset = offset < body.source_map.size() ? body.source_map[offset] : span->second;
    body.text = std::move(prose.text);
    body.source_map = std::move(prose.source_map);
  }
  doc.text = std::move(body.text);
  doc.source_map = std::move(body.source_map);
  return true;
}

}  // namespace factlint
