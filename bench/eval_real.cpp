// eval_real: factlint against published news, from one run: findings per 100 real articles
// (nearly all of them false alarms), recall and false alarms on errors injected into real
// sentences, and precision/recall/traps on the dev set.
//
//   build/eval_real [--only realcopy,realinject,dev] [--sample N] [--review FILE] [--verbose]
//                   [--unverifiable N] [--realcopy DIR] [--realinject SPECS] [--dev DIR] [floors...]
//
// Floors (exit 1 when a figure is worse): --max-realcopy-rate R (flags per 100 articles),
// --max-crashes N (default 0), --min-inject-recall R, --min-inject-kind-recall R,
// --max-inject-false-alarms N, --min-dev-precision P, --min-dev-recall R, --max-dev-traps N.
// --review FILE rewrites the review of every real-copy finding (eval/real_copy.h).
// --unverifiable N lists the N largest groups of unverifiable real-copy claims (kind, subject,
// reason): what the knowledge base should learn next, ranked by how often the copy needs it.
// Paths default to ../shared beside the source tree.
#include <iostream>
#include <set>
#include <sstream>

#include "eval/dev_set.h"
#include "eval/eval_support.h"
#include "eval/real_copy.h"
#include "eval/real_inject.h"

using namespace factlint;
using namespace factlint::eval;

namespace {

const char* kUsage =
    "usage: eval_real [--only realcopy,realinject,dev] [--sample N] [--review FILE] [--verbose]\n"
    "                 [--unverifiable N] [--realcopy DIR] [--realinject SPECS] [--dev DIR]\n"
    "                 [--max-realcopy-rate R] [--max-crashes N] [--min-inject-recall R]\n"
    "                 [--min-inject-kind-recall R] [--max-inject-false-alarms N]\n"
    "                 [--min-dev-precision P] [--min-dev-recall R] [--max-dev-traps N]\n";

struct Floors {
  double max_realcopy_rate = -1;
  double max_crashes = 0;
  double min_inject_recall = 0;
  double min_inject_kind_recall = 0;
  double max_inject_false_alarms = -1;
  double min_dev_precision = 0;
  double min_dev_recall = 0;
  double max_dev_traps = -1;
};

}  // namespace

int main(int argc, char** argv) {
  const std::string shared = std::string(FACTLINT_SOURCE_DIR) + "/../shared";
  std::string realcopy_dir = shared + "/corpus/realcopy";
  std::string specs = shared + "/eval/realinject/specs.jsonl";
  std::string dev_dir = shared + "/eval/dev";
  std::string review;
  std::set<std::string> only = {"realcopy", "realinject", "dev"};
  double sample = 0;
  double unverifiable_top = -1;
  bool verbose = false;
  Floors floors;
  const std::pair<const char*, double*> numeric[] = {
      {"--sample", &sample},
      {"--unverifiable", &unverifiable_top},
      {"--max-realcopy-rate", &floors.max_realcopy_rate},
      {"--max-crashes", &floors.max_crashes},
      {"--min-inject-recall", &floors.min_inject_recall},
      {"--min-inject-kind-recall", &floors.min_inject_kind_recall},
      {"--max-inject-false-alarms", &floors.max_inject_false_alarms},
      {"--min-dev-precision", &floors.min_dev_precision},
      {"--min-dev-recall", &floors.min_dev_recall},
      {"--max-dev-traps", &floors.max_dev_traps}};
  const std::pair<const char*, std::string*> textual[] = {{"--realcopy", &realcopy_dir},
                                                          {"--realinject", &specs},
                                                          {"--dev", &dev_dir},
                                                          {"--review", &review}};
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    bool known = false;
    if (a == "--verbose" || a == "-v") {
      verbose = known = true;
    } else if (a == "--only" && i + 1 < argc) {
      only.clear();
      std::stringstream parts(argv[++i]);
      std::string part;
      while (std::getline(parts, part, ',')) {
        if (part != "realcopy" && part != "realinject" && part != "dev") {
          std::cerr << "eval_real: unknown part '" << part << "' in --only\n" << kUsage;
          return 2;
        }
        only.insert(part);
      }
      known = true;
    }
    for (const auto& [flag, target] : numeric) {
      if (a != flag) continue;
      if (i + 1 >= argc || !parse_number(argv[i + 1], target)) {
        std::cerr << "eval_real: " << a << " needs a number\n" << kUsage;
        return 2;
      }
      ++i;
      known = true;
    }
    for (const auto& [flag, target] : textual) {
      if (a != flag || i + 1 >= argc) continue;
      *target = argv[++i];
      known = true;
    }
    if (!known) {
      std::cerr << "eval_real: unexpected argument '" << a << "'\n" << kUsage;
      return 2;
    }
  }

  std::string error;
  auto checker = load_default_checker(&error);
  if (!checker) {
    std::cerr << "eval_real: " << error << "\n";
    return 2;
  }
  std::vector<std::string> failures;
  auto below = [&](bool bad, const std::string& what) {
    if (bad) failures.push_back(what);
  };

  if (only.count("realcopy")) {
    RealCopyScore s = score_real_copy(*checker, realcopy_dir, static_cast<int>(sample));
    if (!s.error.empty()) {
      std::cerr << "eval_real: " << s.error << "\n";
      return 2;
    }
    print_real_copy_score(s, std::cout);
    if (verbose)
      for (const RealCopyFlag& f : s.flags)
        std::cout << "  FLAG " << f.file << ":" << f.line << " [" << f.rule << "] \"" << f.excerpt
                  << "\" " << f.message << "\n";
    if (!review.empty()) {
      int unreviewed = update_review(s, review, &error);
      if (unreviewed < 0) {
        std::cerr << "eval_real: " << error << "\n";
        return 2;
      }
      std::cout << "  review: " << review << " (" << unreviewed << " unreviewed)\n";
    }
    if (unverifiable_top >= 0) print_unverifiable(s, std::cout, static_cast<int>(unverifiable_top));
    below(floors.max_realcopy_rate >= 0 && s.flags_per_100() > floors.max_realcopy_rate,
          "realcopy findings per 100 articles above " + std::to_string(floors.max_realcopy_rate));
    below(s.crashes > floors.max_crashes, "realcopy crashes");
  }
  if (only.count("realinject")) {
    std::cout << "realinject: " << specs << "\n";
    RealInjectScore s =
        score_real_inject(*checker, specs, realcopy_dir, verbose ? &std::cout : nullptr);
    if (!s.error.empty()) {
      std::cerr << "eval_real: " << s.error << "\n";
      return 2;
    }
    print_real_inject_score(s, std::cout);
    below(s.recall() < floors.min_inject_recall, "realinject recall");
    below(s.worst_kind_recall() < floors.min_inject_kind_recall, "realinject recall of a kind");
    below(
        floors.max_inject_false_alarms >= 0 && s.all.false_alarms > floors.max_inject_false_alarms,
        "realinject false alarms on originals");
    below(s.crashes > floors.max_crashes, "realinject crashes");
  }
  if (only.count("dev")) {
    std::cout << "dev: " << dev_dir << "\n";
    DevScore s = score_dev_set(*checker, dev_dir, verbose ? &std::cout : nullptr);
    if (!s.error.empty()) {
      std::cerr << "eval_real: " << s.error << "\n";
      return 2;
    }
    print_dev_score(s, std::cout);
    below(s.precision() < floors.min_dev_precision, "dev precision");
    below(s.recall() < floors.min_dev_recall, "dev recall");
    below(floors.max_dev_traps >= 0 && s.traps_flagged > floors.max_dev_traps, "dev traps");
    below(s.crashes > floors.max_crashes, "dev crashes");
  }
  for (const std::string& f : failures) std::cout << "FAIL: " << f << "\n";
  return failures.empty() ? 0 : 1;
}
