// Inline SVG bar charts for the HTML index page: no script, no external resource.
//
//   std::string svg = bar_chart_svg("Findings per rule", {"error", "warning", "info"},
//                                   {{"event-start-date", {3, 0, 1}}});
#pragma once

#include <string>
#include <vector>

namespace factlint {

struct Bar {
  std::string label;
  std::vector<int> segments;  // one count per series, stacked left to right
};

// A horizontal stacked bar chart, one row per bar, each segment with class "series-<name>"
// so the stylesheet colours it, and its count written beside the bar. Labels are escaped.
std::string bar_chart_svg(const std::string& title, const std::vector<std::string>& series,
                          const std::vector<Bar>& bars);

}  // namespace factlint
