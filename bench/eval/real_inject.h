// Scores errors injected into true sentences of real articles (../shared/eval/realinject; its
// README.md defines the scoring, and its score.py does the same through the binary). Each spec
// is checked in this process: the untouched article and the article with the one edit.
//
//   RealInjectScore s = score_real_inject(checker, "specs.jsonl", "corpus/realcopy", &log);
//   print_real_inject_score(s, std::cout);
//
// Hit: the edited copy has an error or warning overlapping the replacement on its line. False
// alarm: the untouched copy has one overlapping the original words.
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "engine/checker.h"

namespace factlint::eval {

struct InjectTally {
  int specs = 0;
  int hits = 0;
  int false_alarms = 0;
};

struct RealInjectScore {
  std::map<std::string, InjectTally> by_kind;
  InjectTally all;
  int crashes = 0;
  int bad_specs = 0;
  std::string error;
  double recall() const { return all.specs ? double(all.hits) / all.specs : 0; }
  // The lowest recall of any kind (the per-kind floor).
  double worst_kind_recall() const;
};

// `log`, when given, receives one line per miss, false alarm, crash and bad spec.
RealInjectScore score_real_inject(const Checker& checker, const std::string& specs_path,
                                  const std::string& corpus_dir, std::ostream* log);

void print_real_inject_score(const RealInjectScore& score, std::ostream& out);

}  // namespace factlint::eval
