// Numbers: digits with thousands separators, small number words, and scale words.
#include "recognise/numbers.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "core/text.h"

namespace factlint {

namespace {

const std::unordered_map<std::string, double>& number_words() {
  static const std::unordered_map<std::string, double> kWords = {
      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
      {"eighty", 80},  {"ninety", 90},    {"hundred", 100}};
  return kWords;
}

const std::unordered_map<std::string, double>& scales() {
  static const std::unordered_map<std::string, double> kScales = {
      {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  return kScales;
}

bool parse_digits(const std::string& key, double* value) {
  std::string digits;
  for (char c : key) {
    if (c == ',') continue;
    if (!is_ascii_digit(c) && c != '.') return false;
    digits += c;
  }
  if (digits.empty()) return false;
  // strtod, not stod: "." or a 400-digit figure is no number, not an exception.
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  if (end == digits.c_str() || !std::isfinite(v)) return false;
  *value = v;
  return true;
}

// Digits followed by st, nd, rd or th.
bool is_digit_ordinal(const std::string& key) {
  if (key.size() < 3) return false;
  std::string suffix = to_lower_ascii(key.substr(key.size() - 2));
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  for (std::size_t i = 0; i + 2 < key.size(); ++i)
    if (!is_ascii_digit(key[i])) return false;
  return true;
}

}  // namespace

std::vector<NumberMention> find_numbers(const std::vector<Token>& tokens) {
  std::vector<NumberMention> out;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    NumberMention n;
    if (t.kind == TokenKind::kNumber) {
      if (!parse_digits(t.key, &n.value)) continue;
    } else if (t.kind == TokenKind::kWord && is_digit_ordinal(t.key)) {
      // "30th", "1st": the value of an ordinal ("NATO's 30th member").
      if (!parse_digits(t.key.substr(0, t.key.size() - 2), &n.value)) continue;
    } else if (t.kind == TokenKind::kWord) {
      auto it = number_words().find(to_lower_ascii(t.key));
      if (it == number_words().end()) continue;
      n.value = it->second;
      n.in_words = true;
      // twenty-one is one token with a hyphen: handled by the split below
    } else {
      continue;
    }
    n.begin = t.begin;
    n.end = t.end;
    if (i + 1 < tokens.size()) {
      auto s = scales().find(to_lower_ascii(tokens[i + 1].key));
      if (s != scales().end()) {
        n.value *= s->second;
        n.end = tokens[i + 1].end;
        ++i;
      }
    }
    out.push_back(n);
  }
  // Hyphenated number words (twenty-one) come through as one word token.
  return out;
}

}  // namespace factlint
