// Scores an evaluation set of articles with `NAME.expect.json` beside each (../shared/eval/dev
// and bench/holdout; format in ../shared/eval/README.md).
//
//   DevScore s = score_dev_set(checker, "../shared/eval/dev", verbose ? &std::cout : nullptr);
//   print_dev_score(s, std::cout);
//
// A finding (error or warning) matches an expected error when it is on the same line and its
// column span overlaps the excerpt's. Precision = matching findings / all findings; recall =
// matched errors / all errors; a trap is flagged when any finding overlaps its excerpt.
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "engine/checker.h"

namespace factlint::eval {

struct KindTally {
  int findings = 0;
  int matched_findings = 0;
  int errors = 0;
  int matched_errors = 0;
};

struct DevScore {
  std::map<std::string, KindTally> by_kind;
  KindTally all;
  int articles = 0;
  int traps = 0;
  int traps_flagged = 0;
  int crashes = 0;
  std::string error;  // set when the set could not be read at all
  double precision() const;
  double recall() const;
};

// `log`, when given, receives one line per miss, false finding and flagged trap.
DevScore score_dev_set(const Checker& checker, const std::string& dir, std::ostream* log);

void print_dev_score(const DevScore& score, std::ostream& out);

}  // namespace factlint::eval
