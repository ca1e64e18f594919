// HTML escaping and link filtering for the HTML reporter.
#include "report/html_escape.h"

#include "core/text.h"

namespace factlint {

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string safe_link(std::string_view url) {
  std::string lower = to_lower_ascii(url.substr(0, 8));
  bool web = lower.rfind("https://", 0) == 0 || lower.rfind("http://", 0) == 0;
  // A URL with a space or control character is not one a knowledge base should hold.
  for (char c : url)
    if (static_cast<unsigned char>(c) <= 0x20) return "";
  return web ? std::string(url) : "";
}

}  // namespace factlint
