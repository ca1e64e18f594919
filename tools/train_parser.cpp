// factlint-train-parser: learns the tagger, lemmatiser and parser from a UD treebank and writes
// the model file the parse stage loads (README, "Syntax").
//
//   factlint-train-parser --train ../shared/treebanks/en_ewt/train.conllu
//       --dev ../shared/treebanks/en_ewt/dev.conllu --output models/en_ewt.factlint-parse
#include <CLI/CLI.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "parse/conllu.h"
#include "parse/evaluate.h"
#include "parse/training.h"

using namespace factlint;

namespace {

bool read(const std::string& path, std::vector<ParsedSentence>& out) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << path << ": cannot open\n";
    return false;
  }
  ConlluResult r = read_conllu(in, path);
  if (!r.ok()) {
    std::cerr << r.error << "\n";
    return false;
  }
  out = std::move(r.sentences);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Train factlint's tagger, lemmatiser and dependency parser from CoNLL-U"};
  std::string train_path, dev_path, output;
  TrainOptions options;
  app.add_option("--train", train_path, "Training treebank (CoNLL-U)")->required();
  app.add_option("--dev", dev_path, "Development treebank for model selection (CoNLL-U)");
  app.add_option("--output,-o", output, "Model file to write")->required();
  app.add_option("--tagger-epochs", options.tagger_epochs)->default_str("5");
  app.add_option("--parser-epochs", options.parser_epochs)->default_str("8");
  app.add_option("--folds", options.folds, "Jackknife folds for the parser's tags")
      ->default_str("2");
  app.add_option("--seed", options.seed)->default_str("12");
  std::string keep_parser, reprune;
  app.add_option("--reprune", reprune,
                 "No perceptron training: prune this model's tables at the --*-prune thresholds "
                 "and relearn its lemma rules");
  app.add_option("--keep-parser", keep_parser,
                 "Train only the tagger and lemmatiser; take the parser from this model file");
  app.add_option("--tagger-prune", options.tagger_prune)->default_str("0.5");
  app.add_option("--parser-prune", options.parser_prune)->default_str("0.5");
  CLI11_PARSE(app, argc, argv);

  std::vector<ParsedSentence> train, dev;
  if (!read(train_path, train) || (!dev_path.empty() && !read(dev_path, dev))) return 2;
  std::string version;
  std::ifstream v(std::filesystem::path(train_path).parent_path() / "VERSION");
  std::getline(v, version);
  std::string provenance =
      "Trained on " + std::filesystem::path(train_path).filename().string() +
      " of the Universal Dependencies English Web Treebank (Silveira et al. 2014; "
      "UD contributors), CC BY-SA 4.0. Treebank version: " +
      (version.empty() ? "unknown" : version);
  std::string error;
  options.log = &std::cerr;
  // Every improvement on dev is saved at once, so a long run leaves a usable model early.
  options.on_improved = [&](const Syntax& checkpoint) {
    Syntax copy = checkpoint;
    copy.provenance = provenance;
    if (!copy.save(output, error)) std::cerr << error << "\n";
  };
  Syntax model;
  if (!reprune.empty()) {
    std::shared_ptr<const Syntax> base = Syntax::load(reprune, error);
    if (!base) {
      std::cerr << error << "\n";
      return 2;
    }
    model = *base;
    model.lemmatiser = Lemmatiser::learn(train);  // cheap, and follows the lemmatiser's code
    model.tagger.weights = base->tagger.weights.pruned(options.tagger_prune);
    model.parser.weights = base->parser.weights.pruned(options.parser_prune);
    std::cerr << "rows: tagger " << base->tagger.weights.rows() << " -> "
              << model.tagger.weights.rows() << ", parser " << base->parser.weights.rows() << " -> "
              << model.parser.weights.rows() << "\n";
  } else if (keep_parser.empty()) {
    model = train_syntax(train, dev, options);
  } else {
    // The tagger's classes are the sorted tag pairs of the training set, so a parser trained
    // on the same treebank reads the new tagger's ids unchanged.
    std::shared_ptr<const Syntax> base = Syntax::load(keep_parser, error);
    if (!base) {
      std::cerr << error << "\n";
      return 2;
    }
    model.lemmatiser = Lemmatiser::learn(train);
    model.tagger = train_tagger(train, dev, options);
    if (model.tagger.upos_names != base->tagger.upos_names ||
        model.tagger.xpos_names != base->tagger.xpos_names) {
      std::cerr << keep_parser << ": its tag classes differ from this treebank's\n";
      return 2;
    }
    model.parser = base->parser;
    model.parser.weights = base->parser.weights.pruned(options.parser_prune);
  }
  model.provenance = provenance;
  if (!model.save(output, error)) {
    std::cerr << error << "\n";
    return 2;
  }
  if (!dev.empty()) {
    // Scored after the round trip through the file, so the figure is the shipped model's.
    std::shared_ptr<const Syntax> loaded = Syntax::load(output, error);
    if (!loaded) {
      std::cerr << error << "\n";
      return 2;
    }
    Scores s = score(dev, reparse(*loaded, dev));
    std::cerr << "dev: UPOS " << s.upos() << " lemma " << s.lemma() << " UAS " << s.uas() << " LAS "
              << s.las() << " (" << s.words << " words)\n";
  }
  std::cerr << "wrote " << output << " (" << std::filesystem::file_size(output) << " bytes)\n";
  return 0;
}
