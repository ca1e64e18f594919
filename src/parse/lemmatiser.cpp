// Lemmatiser: learning and applying the table and suffix rules.
#include "parse/lemmatiser.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>

#include "parse/word_keys.h"

namespace factlint {

namespace {

constexpr std::size_t kMaxSuffix = 6;

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_continuation(char c) {
  return (static_cast<unsigned char>(c) & 0xc0) == 0x80;
}

// The rule turning `form` into `lemma`: strip some bytes, append others.
std::string rule_for(std::string_view form, std::string_view lemma) {
  bool keep = has_upper(lemma);
  std::string src = keep ? std::string(form) : lowercase(form);
  std::size_t common = 0;
  while (common < src.size() && common < lemma.size() && src[common] == lemma[common]) ++common;
  while (common > 0 && common < src.size() && is_continuation(src[common])) --common;
  std::size_t strip = src.size() - common;
  if (strip > 9) return "";
  return std::string(1, keep ? 'K' : 'L') + static_cast<char>('0' + strip) +
         std::string(lemma.substr(common));
}

std::string apply_rule(std::string_view form, const std::string& rule) {
  std::string src = rule[0] == 'K' ? std::string(form) : lowercase(form);
  std::size_t strip = static_cast<std::size_t>(rule[1] - '0');
  // Never cut a UTF-8 character in two.
  if (strip > src.size() || (strip > 0 && is_continuation(src[src.size() - strip]))) return src;
  return src.substr(0, src.size() - strip) + rule.substr(2);
}

template <typename Map>
std::string majority(const Map& counts) {
  std::string best;
  int top = 0;
  for (const auto& [value, n] : counts)
    if (n > top) top = n, best = value;  // std::map: ties go to the first, deterministically
  return best;
}

void put_map(std::string& out, const std::unordered_map<std::string, std::string>& m) {
  std::map<std::string, std::string> sorted(m.begin(), m.end());
  std::uint64_t n = sorted.size();
  out.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (const auto& [k, v] : sorted) {
    out += k;
    out += '\0';
    out += v;
    out += '\0';
  }
}

bool get_map(const std::string& data, std::size_t& pos,
             std::unordered_map<std::string, std::string>& m) {
  std::uint64_t n;
  if (pos + sizeof n > data.size()) return false;
  std::memcpy(&n, data.data() + pos, sizeof n);
  pos += sizeof n;
  if (n > data.size()) return false;
  m.reserve(n);
  for (std::uint64_t i = 0; i < n; ++i) {
    std::size_t k_end = data.find('\0', pos);
    if (k_end == std::string::npos) return false;
    std::size_t v_end = data.find('\0', k_end + 1);
    if (v_end == std::string::npos) return false;
    m.emplace(data.substr(pos, k_end - pos), data.substr(k_end + 1, v_end - k_end - 1));
    pos = v_end + 1;
  }
  return true;
}

}  // namespace

Lemmatiser Lemmatiser::learn(const std::vector<ParsedSentence>& sentences) {
  std::map<std::string, std::map<std::string, int>> exact, suffix;
  for (const ParsedSentence& s : sentences)
    for (const Word& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      exact[w.form + '\t' + w.xpos][w.lemma]++;
      std::string lower = lowercase(w.form);
      if (lower != w.form) exact[lower + '\t' + w.xpos + "\tlower"][w.lemma]++;
      std::string rule = rule_for(w.form, w.lemma);
      if (rule.empty()) continue;
      for (std::size_t n = 0; n <= std::min(kMaxSuffix, lower.size()); ++n)
        suffix[w.xpos + '\t' + lower.substr(lower.size() - n)][rule]++;
    }
  Lemmatiser lem;
  for (const auto& [key, counts] : exact) {
    std::string best = majority(counts);
    std::string_view k(key);
    bool lower_entry = k.size() > 6 && k.substr(k.size() - 6) == "\tlower";
    std::string stored = lower_entry ? key.substr(0, key.size() - 6) : key;
    if (lower_entry && exact.count(stored)) continue;  // the exact entry wins
    lem.known_.emplace(stored, best);
  }
  for (const auto& [key, counts] : suffix) {
    int total = 0;
    for (const auto& c : counts) total += c.second;
    if (total < 2) continue;  // a rule seen once is as likely a typo as a pattern
    std::string rule = majority(counts);
    // A suffix that agrees with the one a byte shorter adds nothing: lookup falls back to it.
    std::size_t tab = key.find('\t');
    if (key.size() > tab + 1) {
      auto parent = suffix.find(key.substr(0, tab + 1) + key.substr(tab + 2));
      if (parent != suffix.end() && majority(parent->second) == rule) continue;
    }
    lem.suffixes_.emplace(key, rule);
  }
  return lem;
}

std::string Lemmatiser::lemma(std::string_view form, std::string_view xpos) const {
  std::string key(form);
  key += '\t';
  key += xpos;
  if (auto it = known_.find(key); it != known_.end()) return it->second;
  std::string lower = lowercase(form);
  if (lower != form) {
    std::string lkey = lower + '\t' + std::string(xpos);
    if (auto it = known_.find(lkey); it != known_.end()) return it->second;
  }
  for (std::size_t n = std::min(kMaxSuffix, lower.size());; --n) {
    std::string skey = std::string(xpos) + '\t' + lower.substr(lower.size() - n);
    if (auto it = suffixes_.find(skey); it != suffixes_.end()) return apply_rule(form, it->second);
    if (n == 0) break;
  }
  if (xpos == "NNP" || xpos == "NNPS" || xpos == "CD") return std::string(form);
  return lower;
}

void Lemmatiser::save(std::string& out) const {
  put_map(out, known_);
  put_map(out, suffixes_);
}

std::string Lemmatiser::load(const std::string& data, std::size_t& pos) {
  if (!get_map(data, pos, known_) || !get_map(data, pos, suffixes_)) return "truncated lemma table";
  return "";
}

}  // namespace factlint
