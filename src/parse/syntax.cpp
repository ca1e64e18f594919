// Syntax: the model file and the per-sentence pipeline.
#include "parse/syntax.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "engine/paths.h"
#include "parse/feature_hash.h"
#include "parse/ud_tokenizer.h"
#include "parse/word_keys.h"

namespace factlint {

namespace {

constexpr char kMagic[8] = {'F', 'L', 'P', 'A', 'R', 'S', 'E', '1'};

void put_strings(std::string& out, const std::vector<std::string>& v) {
  std::uint64_t n = v.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (const std::string& s : v) {
    out += s;
    out += '\0';
  }
}

bool get_strings(const std::string& data, std::size_t& pos, std::vector<std::string>& v) {
  std::uint64_t n;
  if (pos + sizeof n > data.size()) return false;
  std::memcpy(&n, data.data() + pos, sizeof n);
  pos += sizeof n;
  if (n > data.size()) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::size_t end = data.find('\0', pos);
    if (end == std::string::npos) return false;
    v.push_back(data.substr(pos, end - pos));
    pos = end + 1;
  }
  return true;
}

// Longest sentence parsed as a tree; longer ones (a run-on list, binary junk) get a flat
// analysis: tags and lemmas, every word attached to the first. Keeps time and memory linear.
constexpr std::size_t kMaxParsedWords = 1000;

}  // namespace

std::optional<std::string> Syntax::default_path() {
  std::optional<std::string> dir = default_data_dir("models");
  if (!dir) return std::nullopt;
  std::string path = *dir + "/en_ewt.factlint-parse";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  return path;
}

bool Syntax::save(const std::string& path, std::string& error) const {
  std::string out(kMagic, sizeof kMagic);
  put_strings(out, {provenance});
  put_strings(out, tagger.upos_names);
  put_strings(out, tagger.xpos_names);
  tagger.weights.save(out);
  lemmatiser.save(out);
  put_strings(out, parser.label_names);
  parser.weights.save(out);
  std::ofstream file(path, std::ios::binary);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  if (!file) {
    error = path + ": cannot write the model";
    return false;
  }
  return true;
}

std::shared_ptr<const Syntax> Syntax::load(const std::string& path, std::string& error) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    error = path + ": cannot open the parse model";
    return nullptr;
  }
  // One read of the whole file: the tables are copied out of it as they are.
  file.seekg(0, std::ios::end);
  std::string data(static_cast<std::size_t>(std::max<std::streamoff>(file.tellg(), 0)), '\0');
  file.seekg(0);
  file.read(data.data(), static_cast<std::streamsize>(data.size()));
  if (!file) {
    error = path + ": cannot read the parse model";
    return nullptr;
  }
  auto syntax = std::make_shared<Syntax>();
  std::size_t pos = sizeof kMagic;
  if (data.size() < sizeof kMagic || std::memcmp(data.data(), kMagic, sizeof kMagic) != 0) {
    error = path + ": not a factlint parse model (bad magic)";
    return nullptr;
  }
  std::vector<std::string> provenance;
  std::string e;
  if (!get_strings(data, pos, provenance) || provenance.size() != 1 ||
      !get_strings(data, pos, syntax->tagger.upos_names) ||
      !get_strings(data, pos, syntax->tagger.xpos_names))
    e = "truncated header";
  if (e.empty()) e = syntax->tagger.weights.load(data, pos);
  if (e.empty()) e = syntax->lemmatiser.load(data, pos);
  if (e.empty() && !get_strings(data, pos, syntax->parser.label_names)) e = "truncated labels";
  if (e.empty()) e = syntax->parser.weights.load(data, pos);
  if (e.empty() && (syntax->tagger.weights.classes() != syntax->tagger.classes() ||
                    syntax->tagger.upos_names.size() != syntax->tagger.xpos_names.size() ||
                    syntax->parser.weights.classes() != 1 + 2 * syntax->parser.labels()))
    e = "class counts disagree";
  if (e.empty() && pos != data.size()) e = "trailing bytes";
  if (!e.empty()) {
    error = path + ": corrupt parse model (" + e + ")";
    return nullptr;
  }
  syntax->provenance = provenance[0];
  return syntax;
}

ParsedSentence Syntax::parse_text(std::string_view text, std::size_t offset) const {
  ParsedSentence s;
  for (UdToken& t : ud_tokenize(text, offset)) {
    Word w;
    w.form = std::move(t.form);
    w.begin = t.begin;
    w.end = t.end;
    s.words.push_back(std::move(w));
  }
  parse_words(s);
  return s;
}

void Syntax::parse_words(ParsedSentence& sentence) const {
  std::vector<Word>& words = sentence.words;
  if (words.empty()) return;
  std::vector<WordKeys> keys;
  keys.reserve(words.size());
  for (const Word& w : words) keys.push_back(word_keys(w.form));
  std::vector<int> tags = tagger.tag(keys);
  for (std::size_t i = 0; i < words.size(); ++i) {
    words[i].upos = tagger.upos(tags[i]);
    words[i].xpos = tagger.xpos(tags[i]);
    words[i].lemma = lemmatiser.lemma(words[i].form, words[i].xpos);
  }
  if (words.size() > kMaxParsedWords) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      words[i].head = i == 0 ? 0 : 1;
      words[i].deprel = i == 0 ? "root" : "dep";
    }
    return;
  }
  std::vector<std::uint64_t> lower(words.size() + 1, 0);
  std::vector<int> ptags(words.size() + 1, 0);
  for (std::size_t i = 0; i < words.size(); ++i) {
    lower[i + 1] = keys[i].lower;
    ptags[i + 1] = tags[i];
  }
  std::vector<int> heads, labels;
  parser.parse(lower, ptags, heads, labels);
  for (std::size_t i = 0; i < words.size(); ++i) {
    words[i].head = heads[i + 1];
    words[i].deprel = parser.label_names[static_cast<std::size_t>(labels[i + 1])];
  }
}

}  // namespace factlint
