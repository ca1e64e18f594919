// Training: perceptron loops for the tagger and the parser, jackknifing, model selection on dev.
#include "parse/training.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <numeric>
#include <random>

#include "parse/evaluate.h"
#include "parse/parser_features.h"
#include "parse/word_keys.h"

namespace factlint {

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Class inventories come from the whole training set so jackknife folds agree on ids.
void tag_classes(const std::vector<ParsedSentence>& train, std::vector<std::string>& upos,
                 std::vector<std::string>& xpos, std::map<std::string, int>& ids) {
  for (const ParsedSentence& s : train)
    for (const Word& w : s.words) ids.emplace(w.upos + '\t' + w.xpos, 0);
  int next = 0;
  for (auto& [key, id] : ids) {
    id = next++;
    std::size_t tab = key.find('\t');
    upos.push_back(key.substr(0, tab));
    xpos.push_back(key.substr(tab + 1));
  }
}

int class_of(const std::map<std::string, int>& ids, const Word& w) {
  auto it = ids.find(w.upos + '\t' + w.xpos);
  return it == ids.end() ? -1 : it->second;
}

Tagger train_tagger_on(const std::vector<const ParsedSentence*>& train,
                       const std::map<std::string, int>& ids, const std::vector<std::string>& upos,
                       const std::vector<std::string>& xpos, const TrainOptions& options) {
  std::vector<std::vector<WordKeys>> keys(train.size());
  std::vector<std::vector<int>> gold(train.size());
  for (std::size_t s = 0; s < train.size(); ++s)
    for (const Word& w : train[s]->words) {
      keys[s].push_back(word_keys(w.form));
      gold[s].push_back(class_of(ids, w));
    }
  int classes = static_cast<int>(upos.size());
  PerceptronTrainer p(classes);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::vector<float> scores(static_cast<std::size_t>(classes));
  std::uint64_t f[Tagger::kFeatures];
  for (int epoch = 0; epoch < options.tagger_epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t right = 0, total = 0;
    for (std::size_t s : order) {
      int prev1 = Tagger::kNone, prev2 = Tagger::kNone;
      for (std::size_t i = 0; i < keys[s].size(); ++i) {
        Tagger::features(keys[s], i, prev1, prev2, f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(f, Tagger::kFeatures, scores.data());
        int guess =
            static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        p.update(f, Tagger::kFeatures, gold[s][i], guess);
        p.tick();
        right += guess == gold[s][i];
        ++total;
        prev2 = prev1;
        prev1 = guess;
      }
    }
    if (options.log)
      *options.log << "  tagger epoch " << epoch + 1 << ": train accuracy "
                   << 100.0 * right / std::max<std::size_t>(total, 1) << "\n";
  }
  Tagger t;
  t.upos_names = upos;
  t.xpos_names = xpos;
  t.weights = p.finish(options.tagger_prune);
  return t;
}

// Arcs onto the root take the root label and no other arc does (as Parser::best_allowed).
void allowed_actions(const ParseState& state, int labels, int root, std::vector<int>& out) {
  out.clear();
  if (state.can(Move::kShift)) out.push_back(0);
  if (state.can(Move::kLeft))
    for (int l = 0; l < labels; ++l)
      if (l != root) out.push_back(encode(Move::kLeft, l, labels));
  if (state.can(Move::kRight)) {
    if (state.s(1) == 0) {
      out.push_back(encode(Move::kRight, root, labels));
    } else {
      for (int l = 0; l < labels; ++l)
        if (l != root) out.push_back(encode(Move::kRight, l, labels));
    }
  }
}

}  // namespace

Tagger train_tagger(const std::vector<ParsedSentence>& train,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options) {
  std::vector<std::string> upos, xpos;
  std::map<std::string, int> ids;
  tag_classes(train, upos, xpos, ids);
  std::vector<const ParsedSentence*> all;
  for (const ParsedSentence& s : train) all.push_back(&s);
  Tagger t = train_tagger_on(all, ids, upos, xpos, options);
  if (options.log && !dev.empty()) {
    std::size_t right = 0, total = 0;
    for (const ParsedSentence& s : dev) {
      std::vector<WordKeys> keys;
      for (const Word& w : s.words) keys.push_back(word_keys(w.form));
      std::vector<int> tags = t.tag(keys);
      for (std::size_t i = 0; i < tags.size(); ++i) {
        right += t.upos(tags[i]) == s.words[i].upos;
        ++total;
      }
    }
    *options.log << "tagger: dev UPOS " << 100.0 * right / std::max<std::size_t>(total, 1) << ", "
                 << t.weights.rows() << " feature rows\n";
  }
  return t;
}

Parser train_parser(const std::vector<ParsedSentence>& train,
                    const std::vector<std::vector<int>>& tags, const Syntax& dev_model,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options) {
  Parser parser;
  std::map<std::string, int> label_ids;
  for (const ParsedSentence& s : train)
    for (const Word& w : s.words) label_ids.emplace(w.deprel, 0);
  label_ids.emplace("root", 0);
  for (auto& [name, id] : label_ids) {
    id = static_cast<int>(parser.label_names.size());
    parser.label_names.push_back(name);
  }
  int labels = parser.labels();
  int root = parser.root_label();
  std::vector<GoldTree> gold(train.size());
  std::vector<std::vector<std::uint64_t>> words(train.size());
  std::vector<std::vector<int>> ptags(train.size());
  for (std::size_t s = 0; s < train.size(); ++s) {
    const auto& ws = train[s].words;
    gold[s].heads.assign(ws.size() + 1, 0);
    gold[s].labels.assign(ws.size() + 1, 0);
    words[s].assign(ws.size() + 1, 0);
    ptags[s].assign(ws.size() + 1, 0);
    for (std::size_t i = 0; i < ws.size(); ++i) {
      gold[s].heads[i + 1] = ws[i].head;
      gold[s].labels[i + 1] = label_ids[ws[i].deprel];
      words[s][i + 1] = word_keys(ws[i].form).lower;
      ptags[s][i + 1] = tags[s][i];
    }
  }
  PerceptronTrainer p(1 + 2 * labels);
  std::vector<std::size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed + 1);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<float> scores(static_cast<std::size_t>(1 + 2 * labels));
  std::vector<int> allowed;
  std::uint64_t f[kParserFeatures];
  double best_las = -1;
  Syntax candidate = dev_model;
  for (int epoch = 0; epoch < options.parser_epochs; ++epoch) {
    Clock::time_point start = Clock::now();
    std::shuffle(order.begin(), order.end(), rng);
    std::size_t steps = 0, wrong = 0;
    for (std::size_t s : order) {
      const GoldTree& g = gold[s];
      ParseState state(static_cast<int>(words[s].size()) - 1);
      while (!state.terminal()) {
        parser_features(state, words[s].data(), ptags[s].data(), f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.score(f, kParserFeatures, scores.data());
        allowed_actions(state, labels, root, allowed);
        // The cost of each move with the gold label; a wrong label on a gold arc adds one.
        int move_cost[3] = {0, 0, 0};
        int s0 = state.s(0);
        int gold_label = s0 > 0 ? g.labels[s0] : 0;
        for (Move m : {Move::kShift, Move::kLeft, Move::kRight})
          if (state.can(m))
            move_cost[static_cast<int>(m)] = state.cost(encode(m, gold_label, labels), labels, g);
        auto cost = [&](int a) {
          Move m = move_of(a, labels);
          int c = move_cost[static_cast<int>(m)];
          if (m == Move::kShift) return c;
          int parent = m == Move::kLeft ? state.b(0) : state.s(1);
          if (g.heads[s0] == parent && label_of(a, labels) != gold_label) ++c;
          return c;
        };
        int pred = -1, best = -1, best_cost = 1 << 30;
        for (int a : allowed) {
          if (pred < 0 || scores[a] > scores[pred]) pred = a;
          int c = cost(a);
          if (c < best_cost || (c == best_cost && scores[a] > scores[best]))
            best = a, best_cost = c;
        }
        if (cost(pred) > best_cost) {
          p.update(f, kParserFeatures, best, pred);
          ++wrong;
        }
        p.tick();
        ++steps;
        bool explore = epoch > 0 && coin(rng) < options.explore;
        state.apply(explore ? pred : best, labels);
      }
    }
    candidate.parser.label_names = parser.label_names;
    candidate.parser.weights = p.finish(options.parser_prune);
    double las = -1;
    if (!dev.empty()) {
      Scores sc = score(dev, reparse(candidate, dev));
      las = sc.las();
      if (options.log)
        *options.log << "  parser epoch " << epoch + 1 << ": " << wrong << "/" << steps
                     << " wrong moves, dev UAS " << sc.uas() << " LAS " << sc.las() << ", "
                     << candidate.parser.weights.rows() << " rows, " << seconds_since(start)
                     << " s\n";
    }
    if (las >= best_las) {
      best_las = las;
      parser.weights = candidate.parser.weights;
      if (options.on_improved) options.on_improved(candidate);
    }
  }
  return parser;
}

Syntax train_syntax(const std::vector<ParsedSentence>& train,
                    const std::vector<ParsedSentence>& dev, const TrainOptions& options) {
  Syntax model;
  model.lemmatiser = Lemmatiser::learn(train);
  if (options.log) *options.log << "lemmatiser: " << model.lemmatiser.size() << " entries\n";
  model.tagger = train_tagger(train, dev, options);

  // Jackknifing: each fold's tags come from a tagger that never saw it.
  std::vector<std::string> upos, xpos;
  std::map<std::string, int> ids;
  tag_classes(train, upos, xpos, ids);
  std::vector<std::vector<int>> tags(train.size());
  int folds = std::max(1, options.folds);
  for (int k = 0; k < folds; ++k) {
    if (folds == 1) {
      for (std::size_t s = 0; s < train.size(); ++s)
        for (const Word& w : train[s].words) tags[s].push_back(class_of(ids, w));
      break;
    }
    std::vector<const ParsedSentence*> part;
    for (std::size_t s = 0; s < train.size(); ++s)
      if (static_cast<int>(s % static_cast<std::size_t>(folds)) != k) part.push_back(&train[s]);
    Tagger t = train_tagger_on(part, ids, upos, xpos, options);
    for (std::size_t s = k; s < train.size(); s += static_cast<std::size_t>(folds)) {
      std::vector<WordKeys> keys;
      for (const Word& w : train[s].words) keys.push_back(word_keys(w.form));
      tags[s] = t.tag(keys);
    }
    if (options.log) *options.log << "jackknife fold " << k + 1 << "/" << folds << " tagged\n";
  }
  model.parser = train_parser(train, tags, model, dev, options);
  return model;
}

std::vector<ParsedSentence> reparse(const Syntax& model, const std::vector<ParsedSentence>& gold) {
  std::vector<ParsedSentence> out;
  out.reserve(gold.size());
  for (const ParsedSentence& g : gold) {
    ParsedSentence p;
    for (const Word& w : g.words) {
      Word x;
      x.form = w.form;
      p.words.push_back(std::move(x));
    }
    model.parse_words(p);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace factlint
