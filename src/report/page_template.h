// Page templates: the reports/*.html files, embedded at build time, with {{name}} placeholders.
//
//   std::string page = fill_template(kArticleHtml, {{"title", html_escape(path)}, ...});
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace factlint {

// Replaces each {{name}} in `tmpl` with values.at(name), in one pass, so a value that itself
// contains "{{x}}" (article text can) is never expanded. A placeholder without a value is a
// bug in the reporter: std::logic_error.
std::string fill_template(std::string_view tmpl, const std::map<std::string, std::string>& values);

}  // namespace factlint
