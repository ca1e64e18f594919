// Page templates: one-pass {{placeholder}} substitution.
#include "report/page_template.h"

#include <stdexcept>

namespace factlint {

std::string fill_template(std::string_view tmpl, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(tmpl.size());
  std::size_t pos = 0;
  while (pos < tmpl.size()) {
    std::size_t open = tmpl.find("{{", pos);
    std::size_t close = open == std::string_view::npos ? open : tmpl.find("}}", open + 2);
    if (close == std::string_view::npos) {
      out.append(tmpl.substr(pos));
      break;
    }
    out.append(tmpl.substr(pos, open - pos));
    std::string name(tmpl.substr(open + 2, close - open - 2));
    auto it = values.find(name);
    if (it == values.end())
      throw std::logic_error("report template: no value for {{" + name + "}}");
    out += it->second;
    pos = close + 2;
  }
  return out;
}

}  // namespace factlint
