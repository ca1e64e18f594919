// parse_bench: the syntax layer's accuracy, speed, load time and size (README, "Syntax").
//
//   parse_bench [--model models/en_ewt.factlint-parse] [--treebanks ../shared/treebanks]
//               [--realcopy ../shared/corpus/realcopy] [--max-files N]
//
// Accuracy with gold tokenisation, every word counted (punctuation too), LAS on the universal
// relation: UPOS, lemma, UAS, LAS on en_ewt/test.conllu and en_gum_news/news.conllu (news,
// evaluation only). Speed on one thread: tagging + lemmatising + parsing the gold words of
// en_ewt/test; and sentence splitting + tokenising + the rest over the real articles.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "parse/conllu.h"
#include "parse/evaluate.h"
#include "parse/syntax.h"
#include "parse/training.h"
#include "segment/sentences.h"

namespace fs = std::filesystem;
using namespace factlint;
using Clock = std::chrono::steady_clock;

namespace {

double since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// CPU seconds of this thread: on a machine shared with other jobs, wall time measures the
// neighbours as much as the parser.
double cpu_now() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool read_treebank(const fs::path& p, std::vector<ParsedSentence>& out) {
  std::ifstream in(p);
  if (!in) {
    std::cerr << "parse_bench: " << p.string() << ": cannot open\n";
    return false;
  }
  ConlluResult r = read_conllu(in, p.string());
  if (!r.ok()) {
    std::cerr << "parse_bench: " << r.error << "\n";
    return false;
  }
  out = std::move(r.sentences);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured
  std::string model = "models/en_ewt.factlint-parse";
  std::string treebanks = "../shared/treebanks", realcopy = "../shared/corpus/realcopy";
  std::size_t max_files = SIZE_MAX;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--model")
      model = argv[i + 1];
    else if (a == "--treebanks")
      treebanks = argv[i + 1];
    else if (a == "--realcopy")
      realcopy = argv[i + 1];
    else if (a == "--max-files")
      max_files = std::stoul(argv[i + 1]);
    else {
      std::cerr << "parse_bench: unknown option " << a << "\n";
      return 2;
    }
  }

  // Load time: the best of five cold-process-like loads (the file is in the page cache).
  std::string error;
  std::shared_ptr<const Syntax> syntax;
  double load_ms = 1e9;
  for (int i = 0; i < 5; ++i) {
    Clock::time_point t = Clock::now();
    syntax = Syntax::load(model, error);
    load_ms = std::min(load_ms, since(t) * 1000);
    if (!syntax) {
      std::cerr << "parse_bench: " << error << "\n";
      return 2;
    }
  }
  std::printf("model        %s\n", model.c_str());
  std::printf("size         %.1f MB\n", static_cast<double>(fs::file_size(model)) / 1e6);
  std::printf("load         %.1f ms (best of 5)\n", load_ms);
  std::printf("provenance   %s\n\n", syntax->provenance.c_str());

  std::printf("%-28s %7s %7s %7s %7s %7s\n", "treebank (gold tokens)", "words", "UPOS", "lemma",
              "UAS", "LAS");
  std::vector<ParsedSentence> ewt_test;
  for (const char* name : {"en_ewt/test.conllu", "en_gum_news/news.conllu"}) {
    std::vector<ParsedSentence> gold;
    if (!read_treebank(fs::path(treebanks) / name, gold)) return 2;
    Scores s = score(gold, reparse(*syntax, gold));
    std::printf("%-28s %7zu %7.2f %7.2f %7.2f %7.2f\n", name, s.words, s.upos(), s.lemma(), s.uas(),
                s.las());
    if (ewt_test.empty()) ewt_test = std::move(gold);
  }

  // Speed on gold words: the best of three passes.
  std::size_t words = 0;
  for (const ParsedSentence& s : ewt_test) words += s.words.size();
  double best = 1e9, best_cpu = 1e9;
  for (int pass = 0; pass < 3; ++pass) {
    Clock::time_point t = Clock::now();
    double c = cpu_now();
    std::vector<ParsedSentence> out = reparse(*syntax, ewt_test);
    best = std::min(best, since(t));
    best_cpu = std::min(best_cpu, cpu_now() - c);
  }
  std::printf("\nspeed, en_ewt/test (tag+lemma+parse)       %9.0f words/s wall, %9.0f words/CPU-s\n",
              words / best, words / best_cpu);

  // Speed on real articles: split, tokenise, tag, lemmatise, parse.
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(realcopy, ec))
    if (e.is_regular_file()) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  if (files.size() > max_files) files.resize(max_files);
  std::vector<std::string> texts;
  for (const fs::path& f : files) texts.push_back(read_all(f));
  std::size_t real_words = 0, sentences = 0;
  Clock::time_point t = Clock::now();
  double c = cpu_now();
  for (const std::string& text : texts)
    for (const Sentence& r : split_sentences(text)) {
      ParsedSentence s =
          syntax->parse_text(std::string_view(text).substr(r.begin, r.end - r.begin), r.begin);
      real_words += s.words.size();
      ++sentences;
    }
  double secs = since(t), cpu = cpu_now() - c;
  std::printf("speed, realcopy (split+tokenise+the rest)  %9.0f words/s wall, %9.0f words/CPU-s"
              "  (%zu files, %zu sentences, %zu words, %.1f s)\n",
              secs > 0 ? real_words / secs : 0.0, cpu > 0 ? real_words / cpu : 0.0, texts.size(),
              sentences, real_words, secs);
  return 0;
}
