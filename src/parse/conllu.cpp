// CoNLL-U reading and writing.
#include "parse/conllu.h"

#include <istream>
#include <ostream>

namespace factlint {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cols;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cols;
}

bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

ConlluResult read_conllu(std::istream& in, const std::string& name) {
  ConlluResult result;
  ParsedSentence current;
  std::string line;
  std::size_t line_no = 0;
  auto fail = [&](const std::string& message) {
    result.error = name + ":" + std::to_string(line_no) + ": " + message;
  };
  auto flush = [&]() {
    if (!current.words.empty()) result.sentences.push_back(std::move(current));
    current = ParsedSentence{};
  };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols = split_tabs(line);
    if (cols.size() != 10) {
      fail("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
      return result;
    }
    if (!all_digits(cols[0])) {
      if (cols[0].find_first_of("-.") != std::string::npos) continue;  // multiword or empty node
      fail("bad word ID '" + cols[0] + "'");
      return result;
    }
    if (std::stoul(cols[0]) != current.words.size() + 1) {
      fail("word ID " + cols[0] + " out of sequence");
      return result;
    }
    Word w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.head = all_digits(cols[6]) ? std::stoi(cols[6]) : 0;
    w.deprel = cols[7] == "_" ? "" : cols[7];
    current.words.push_back(std::move(w));
  }
  flush();
  for (ParsedSentence& s : result.sentences)
    for (Word& w : s.words)
      if (w.head < 0 || w.head > static_cast<int>(s.words.size())) w.head = 0;
  return result;
}

void write_conllu(std::ostream& out, const ParsedSentence& sentence) {
  auto field = [](const std::string& s) -> const std::string& {
    static const std::string kEmpty = "_";
    return s.empty() ? kEmpty : s;
  };
  for (std::size_t i = 0; i < sentence.words.size(); ++i) {
    const Word& w = sentence.words[i];
    out << i + 1 << '\t' << field(w.form) << '\t' << field(w.lemma) << '\t' << field(w.upos) << '\t'
        << field(w.xpos) << "\t_\t" << w.head << '\t' << field(w.deprel) << "\t_\t_\n";
  }
  out << '\n';
}

}  // namespace factlint
