// `factlint parse`: sentences split, tokenised, tagged, lemmatised and parsed, out as CoNLL-U.
#include "cli/parse_command.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "cli/commands.h"
#include "parse/conllu.h"
#include "parse/syntax.h"
#include "segment/sentences.h"

namespace factlint {

namespace {

int fail(const std::string& message) {
  std::cerr << "factlint: " << message << "\n";
  return kExitError;
}

// The sentence text on one line, for the "# text" comment.
std::string one_line(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

int run_parse(const ParseCommand& cmd) {
  if (cmd.input != "text" && cmd.input != "conllu")
    return fail("--input: expected text or conllu, got '" + cmd.input + "'");
  std::string model_path = cmd.model;
  if (model_path.empty()) {
    std::optional<std::string> found = Syntax::default_path();
    if (!found) return fail("no parse model found (models/en_ewt.factlint-parse); pass --model");
    model_path = *found;
  }
  std::string error;
  std::shared_ptr<const Syntax> syntax = Syntax::load(model_path, error);
  if (!syntax) return fail(error);

  std::string bytes;
  std::string name = cmd.path == "-" ? "<stdin>" : cmd.path;
  if (cmd.path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
  } else {
    std::ifstream in(cmd.path, std::ios::binary);
    if (!in) return fail(cmd.path + ": cannot read");
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }

  std::ostringstream out;
  int id = 0;
  if (cmd.input == "conllu") {
    std::istringstream in(bytes);
    ConlluResult gold = read_conllu(in, name);
    if (!gold.ok()) return fail(gold.error);
    for (ParsedSentence& s : gold.sentences) {
      for (Word& w : s.words) w = Word{w.form, 0, 0, "", "", "", 0, ""};
      syntax->parse_words(s);
      out << "# sent_id = " << ++id << "\n";
      write_conllu(out, s);
    }
  } else {
    for (const Sentence& range : split_sentences(bytes)) {
      std::string_view text(bytes.data() + range.begin, range.end - range.begin);
      ParsedSentence s = syntax->parse_text(text, range.begin);
      if (s.words.empty()) continue;
      out << "# sent_id = " << ++id << "\n# text = " << one_line(text) << "\n";
      write_conllu(out, s);
    }
  }
  std::cout << out.str();
  std::cout.flush();
  if (!std::cout) return fail("cannot write the output");
  return kExitClean;
}

}  // namespace factlint
