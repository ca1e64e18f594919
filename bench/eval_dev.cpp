// eval_dev: precision and recall of factlint's findings on an evaluation set of articles with
// `NAME.expect.json` beside each (../shared/eval/dev by default; see its README).
//
//   build/eval_dev [DIR] [--verbose] [--min-precision P] [--min-recall R] [--max-traps N]
//
// With a floor, the exit status is 1 when a figure falls below it (the test suite runs the dev
// set with the targets, and the held-out set bench/holdout with the figures reached).
// Scoring: eval/dev_set.h.
#include <iostream>

#include "eval/dev_set.h"
#include "eval/eval_support.h"

using namespace factlint;
using namespace factlint::eval;

int main(int argc, char** argv) {
  std::string dir = std::string(FACTLINT_SOURCE_DIR) + "/../shared/eval/dev";
  bool verbose = false;
  double min_precision = 0;
  double min_recall = 0;
  double max_traps = -1;
  const char* usage =
      "usage: eval_dev [DIR] [--verbose] [--min-precision P] [--min-recall R] [--max-traps N]\n";
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    double* floor = a == "--min-precision" ? &min_precision
                    : a == "--min-recall"  ? &min_recall
                    : a == "--max-traps"   ? &max_traps
                                           : nullptr;
    if (a == "--verbose" || a == "-v") {
      verbose = true;
    } else if (floor) {
      if (i + 1 >= argc || !parse_number(argv[i + 1], floor)) {
        std::cerr << "eval_dev: " << a << " needs a number\n" << usage;
        return 2;
      }
      ++i;
    } else if (!a.empty() && a[0] == '-') {
      std::cerr << usage;
      return 2;
    } else {
      dir = a;
    }
  }
  std::string error;
  auto checker = load_default_checker(&error);
  if (!checker) {
    std::cerr << "eval_dev: " << error << "\n";
    return 2;
  }
  DevScore score = score_dev_set(*checker, dir, verbose ? &std::cout : nullptr);
  if (!score.error.empty()) {
    std::cerr << "eval_dev: " << score.error << "\n";
    return 2;
  }
  print_dev_score(score, std::cout);
  if (score.precision() < min_precision || score.recall() < min_recall ||
      (max_traps >= 0 && score.traps_flagged > max_traps) || score.crashes > 0) {
    std::cout << "FAIL: below the floor (precision " << min_precision << ", recall " << min_recall
              << ", traps " << max_traps << ", crashes 0)\n";
    return 1;
  }
  return 0;
}
