// Runs the checker over a folder of real published articles (../shared/corpus/realcopy), where
// nearly every claim is true, so each error or warning is almost always a false alarm.
//
//   RealCopyScore s = score_real_copy(checker, dir, /*sample=*/300);   // 0: every article
//   print_real_copy_score(s, std::cout);
//   update_review(s, "bench/realcopy-review.md", &error);   // keeps the judgements written
//   print_unverifiable(s, std::cout, /*top=*/40);   // what the knowledge base lacks, ranked
//
// A sample of N takes every k-th article of the sorted folder (k = articles / N), so the same
// articles are read on every run.
#pragma once

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "engine/checker.h"

namespace factlint::eval {

struct RealCopyFlag {
  std::string file;  // the article's file name
  int line = 0;
  std::string rule;
  std::string kind;
  std::string excerpt;
  std::string message;
};

// Unverifiable claims that share a kind, a subject (the entity the claim is about, if known) and
// the checker's reason: one missing fact or entity, needed `count` times by the copy.
struct UnverifiableGroup {
  std::string kind;
  std::string subject;
  std::string reason;
  int count = 0;
  std::string example;  // the words of the first such claim, with its file and line
};

struct RealCopyScore {
  int articles = 0;
  int crashes = 0;
  std::vector<std::string> crash_messages;
  std::vector<RealCopyFlag> flags;
  std::map<std::string, int> flags_by_kind;
  std::map<std::string, int> claims_by_verdict;
  std::vector<UnverifiableGroup> unverifiable;  // in order of first appearance
  std::string error;
  double flags_per_100() const { return articles ? 100.0 * double(flags.size()) / articles : 0; }
};

RealCopyScore score_real_copy(const Checker& checker, const std::string& dir, int sample);

void print_real_copy_score(const RealCopyScore& score, std::ostream& out);

// Prints the unverifiable share by claim kind, then the `top` largest groups of unverifiable
// claims, most frequent first: the work list for the knowledge base (and, where the reason is
// about the phrasing rather than the records, for the extractor).
void print_unverifiable(const RealCopyScore& score, std::ostream& out, int top);

// Rewrites the review file (a Markdown table, one row per flag: file, line, rule, excerpt,
// message, judgement). Judgements already written for a flag that is still raised are kept
// (matched on file, line, rule and excerpt); new flags are "unreviewed"; rows of flags no
// longer raised are dropped. Returns the number of unreviewed rows, or -1 with `error` set.
int update_review(const RealCopyScore& score, const std::string& path, std::string* error);

}  // namespace factlint::eval
