// Baselines: today's findings recorded in a file, so that a CI run reports only new ones.
// A fingerprint follows the claim (rule, subject, stated value, and the normalised words around
// it in its sentence), not its line, so it survives edits elsewhere in the file.
//
//   write_baseline("factlint-baseline.json", reports, &error);
//   auto baseline = read_baseline("factlint-baseline.json", &error);
//   int known = filter_baseline(reports, *baseline);   // drops recorded findings
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "report/finding.h"

namespace factlint {

std::string fingerprint(const Finding& finding);

// Lowercase, markup and punctuation runs as one space: what a fingerprint sees of a sentence.
std::string normalise_sentence(std::string_view sentence);

struct Baseline {
  std::map<std::pair<std::string, std::string>, int> counts;  // (path, fingerprint) -> findings
};

bool write_baseline(const std::string& file, const std::vector<FileReport>& reports,
                    std::string* error);
std::optional<Baseline> read_baseline(const std::string& file, std::string* error);

// Drops findings the baseline records (each recorded finding excuses one); returns how many.
int filter_baseline(std::vector<FileReport>& reports, const Baseline& baseline);

}  // namespace factlint
