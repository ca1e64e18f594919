// YAML errors as message text: yaml-cpp's own, except for its nesting limit, whose message
// ("bad file") does not say what is wrong.
//
//   } catch (const YAML::Exception& e) {
//     diags.error(at(e.mark), "YAML syntax error: " + yaml_error_text(e));
//   }
#pragma once

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/exceptions.h>

#include <string>

namespace factlint {

inline std::string yaml_error_text(const YAML::Exception& e) {
  // yaml-cpp stops at a fixed depth rather than overflow the stack on [[[[...]]]] or - - - x.
  if (const auto* deep = dynamic_cast<const YAML::DeepRecursion*>(&e))
    return "nesting deeper than " + std::to_string(deep->depth()) + " levels";
  return e.msg;
}

}  // namespace factlint
