// Inline SVG bar charts: a legend row, then one stacked bar per label with its total beside it.
#include "report/svg_chart.h"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "report/html_escape.h"

namespace factlint {

namespace {

constexpr int kWidth = 720;
constexpr int kLabelWidth = 230;
constexpr int kBarArea = 400;
constexpr int kRow = 28;
constexpr int kBarHeight = 18;
constexpr int kLegend = 30;

int total(const Bar& b) {
  return std::accumulate(b.segments.begin(), b.segments.end(), 0);
}

}  // namespace

std::string bar_chart_svg(const std::string& title, const std::vector<std::string>& series,
                          const std::vector<Bar>& bars) {
  int max_total = 0;
  for (const Bar& b : bars) max_total = std::max(max_total, total(b));
  int height = kLegend + kRow * std::max<int>(1, static_cast<int>(bars.size())) + 8;
  std::ostringstream svg;
  svg << "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << kWidth << " "
      << height << "\" width=\"" << kWidth << "\" height=\"" << height
      << "\" role=\"img\" aria-label=\"" << html_escape(title) << "\"><title>" << html_escape(title)
      << "</title>";
  int x = kLabelWidth;
  for (const std::string& s : series) {
    svg << "<rect class=\"series-" << html_escape(s) << "\" x=\"" << x
        << "\" y=\"6\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"" << x + 16
        << "\" y=\"16\">" << html_escape(s) << "</text>";
    x += 110;
  }
  if (max_total == 0)
    svg << "<text class=\"empty\" x=\"" << kLabelWidth << "\" y=\"" << kLegend + 18
        << "\">no findings</text>";
  int y = kLegend;
  for (const Bar& b : bars) {
    svg << "<g class=\"bar\"><text class=\"label\" x=\"" << kLabelWidth - 10 << "\" y=\""
        << y + kBarHeight - 4 << "\" text-anchor=\"end\">" << html_escape(b.label) << "</text>";
    int left = kLabelWidth;
    for (std::size_t i = 0; i < b.segments.size() && i < series.size(); ++i) {
      if (b.segments[i] <= 0 || max_total == 0) continue;
      int w = std::max(2, b.segments[i] * kBarArea / max_total);
      svg << "<rect class=\"series-" << html_escape(series[i]) << "\" x=\"" << left << "\" y=\""
          << y << "\" width=\"" << w << "\" height=\"" << kBarHeight << "\"><title>"
          << html_escape(b.label) << ": " << b.segments[i] << " " << html_escape(series[i])
          << "</title></rect>";
      left += w;
    }
    svg << "<text class=\"count\" x=\"" << left + 6 << "\" y=\"" << y + kBarHeight - 4 << "\">"
        << total(b) << "</text></g>";
    y += kRow;
  }
  svg << "</svg>";
  return svg.str();
}

}  // namespace factlint
