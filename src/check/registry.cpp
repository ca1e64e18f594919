// The list of check kinds, and helpers shared by all of them.
#include "check/check.h"

#include <algorithm>

namespace factlint {

// Each check kind lives in its own file and exposes one accessor.
const CheckKind& event_date_check_kind();
const CheckKind& weekday_check_kind();
const CheckKind& count_check_kind();
const CheckKind& membership_check_kind();
const CheckKind& duration_check_kind();
const CheckKind& relationship_check_kind();
const CheckKind& office_title_check_kind();
const CheckKind& age_check_kind();
const CheckKind& order_check_kind();

const std::vector<const CheckKind*>& check_kinds() {
  static const std::vector<const CheckKind*> kAll = {
      &event_date_check_kind(),   &weekday_check_kind(),  &count_check_kind(),
      &membership_check_kind(),   &duration_check_kind(), &relationship_check_kind(),
      &office_title_check_kind(), &age_check_kind(),      &order_check_kind(),
  };
  return kAll;
}

const CheckKind* find_check_kind(std::string_view name) {
  for (const CheckKind* k : check_kinds())
    if (k->name() == name) return k;
  return nullptr;
}

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::kConsistent:
      return "consistent";
    case Verdict::kContradicted:
      return "contradicted";
    case Verdict::kUnverifiable:
      return "unverifiable";
  }
  return "unverifiable";
}

std::string render_template(const std::string& tmpl,
                            const std::map<std::string, std::string>& variables) {
  std::string out;
  std::size_t i = 0;
  while (i < tmpl.size()) {
    if (tmpl[i] == '{') {
      std::size_t close = tmpl.find('}', i);
      if (close != std::string::npos) {
        std::string name = tmpl.substr(i + 1, close - i - 1);
        auto it = variables.find(name);
        if (it != variables.end()) {
          out += it->second;
          i = close + 1;
          continue;
        }
      }
    }
    out += tmpl[i++];
  }
  return out;
}

Assessment conclude_contradicted(Assessment a, const Claim& claim,
                                 const std::vector<std::string>& messages) {
  if (claim.negated) {
    a.evidence.clear();
    a.note = "negated statement";
    return a;
  }
  a.verdict = Verdict::kContradicted;
  a.message = join_candidate_messages(messages);
  return a;
}

std::string join_candidate_messages(const std::vector<std::string>& messages) {
  if (messages.empty()) return {};
  if (messages.size() == 1) return messages.front();
  // The longest shared suffix that starts at ", ".
  std::string suffix;
  const std::string& first = messages.front();
  for (std::size_t cut = first.find(", "); cut != std::string::npos;
       cut = first.find(", ", cut + 1)) {
    std::string candidate = first.substr(cut);
    bool shared = std::all_of(messages.begin(), messages.end(), [&](const std::string& m) {
      return m.size() > candidate.size() &&
             m.compare(m.size() - candidate.size(), candidate.size(), candidate) == 0;
    });
    if (shared) {
      suffix = candidate;
      break;
    }
  }
  std::string out;
  for (const std::string& m : messages)
    out += (out.empty() ? "" : "; ") + m.substr(0, m.size() - suffix.size());
  return out + suffix;
}

std::vector<std::string> template_variables(const std::string& tmpl) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while ((i = tmpl.find('{', i)) != std::string::npos) {
    std::size_t close = tmpl.find('}', i);
    if (close == std::string::npos) break;
    out.push_back(tmpl.substr(i + 1, close - i - 1));
    i = close + 1;
  }
  return out;
}

}  // namespace factlint
