// HTML escaping for reports: every article or knowledge-base string goes through these before it
// reaches a page, so that text stays text.
//
//   out << "<p>" << html_escape(excerpt) << "</p>";
//   std::string href = safe_link(evidence.source);   // "" unless http(s)
#pragma once

#include <string>
#include <string_view>

namespace factlint {

// Escapes & < > " ' so the result is safe in element content and in quoted attributes.
std::string html_escape(std::string_view text);

// `url` if it is an http or https URL, else "": a knowledge-base string never becomes a
// javascript: or data: link.
std::string safe_link(std::string_view url);

}  // namespace factlint
