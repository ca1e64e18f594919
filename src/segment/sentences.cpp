// Sentences: punctuation-driven splitting with an abbreviation list and paragraph breaks.
#include "segment/sentences.h"

#include <string>
#include <unordered_set>

#include "core/text.h"

namespace factlint {

namespace {

// Words that end in a period without ending the sentence (before a name, a number or a date).
const std::unordered_set<std::string>& abbreviations() {
  static const std::unordered_set<std::string> kWords = {
      "Mr",   "Mrs",   "Ms",   "Dr",     "Gen",    "Gens", "Lt",   "Col",  "Capt",  "Cmdr", "Adm",
      "Maj",  "Sgt",   "Cpl",  "Pvt",    "Sen",    "Sens", "Rep",  "Reps", "Gov",   "Govs", "Pres",
      "Prof", "Rev",   "Fr",   "Msgr",   "St",     "Ste",  "Mt",   "Ft",   "Jr",    "Sr",   "Hon",
      "Amb",  "Supt",  "Insp", "Det",    "Messrs", "Jan",  "Feb",  "Mar",  "Apr",   "Jun",  "Jul",
      "Aug",  "Sep",   "Sept", "Oct",    "Nov",    "Dec",  "Mon",  "Tue",  "Tues",  "Wed",  "Thu",
      "Thur", "Thurs", "Fri",  "Sat",    "Sun",    "Inc",  "Corp", "Ltd",  "Co",    "Bros", "No",
      "Nos",  "Vol",   "vs",   "approx", "est",    "Ave",  "Blvd", "Rd",   "Calif", "Conn", "Fla",
      "Ill",  "Mass",  "Mich", "Minn",   "Penn",   "Tenn", "Tex",  "Va",   "Wash",  "Wis",  "Ariz",
      "Colo", "Ga",    "Ky",   "La",     "Md",     "Mo",   "Nev",  "Okla", "Ore",   "Pa"};
  return kWords;
}

// After a dotted acronym (U.S., U.N.), these words start a new sentence.
const std::unordered_set<std::string>& sentence_starters() {
  static const std::unordered_set<std::string> kWords = {
      "The",  "He",        "She",     "It",    "They",  "We",     "I",     "But",       "And",
      "In",   "On",        "A",       "An",    "This",  "That",   "These", "Those",     "His",
      "Her",  "Their",     "Its",     "Our",   "After", "Before", "When",  "While",     "As",
      "At",   "For",       "If",      "There", "What",  "Why",    "How",   "Officials", "Some",
      "Many", "Meanwhile", "However", "Yet",   "So"};
  return kWords;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Closing quotes and brackets that may follow sentence-final punctuation.
std::size_t skip_closers(std::string_view text, std::size_t i) {
  while (i < text.size()) {
    if (text[i] == '"' || text[i] == '\'' || text[i] == ')' || text[i] == ']') {
      ++i;
    } else if (text.compare(i, 3, "\xE2\x80\x9D") == 0 || text.compare(i, 3, "\xE2\x80\x99") == 0) {
      i += 3;  // ” ’
    } else {
      break;
    }
  }
  return i;
}

// The word that ends just before text[dot] (which is '.'), without the period.
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t b = dot;
  while (b > 0 && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') --b;
  return text.substr(b, dot - b);
}

bool is_dotted_acronym(std::string_view word) {  // "U.S" (the final period already removed)
  return word.size() >= 3 && word.find('.') != std::string_view::npos;
}

std::string_view word_at(std::string_view text, std::size_t i) {
  std::size_t e = i;
  while (e < text.size() && is_ascii_alpha(text[e])) ++e;
  return text.substr(i, e - i);
}

bool starts_sentence(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  char c = text[i];
  if (is_ascii_upper(c) || is_ascii_digit(c) || c == '"' || c == '\'' || c == '(') return true;
  auto u = static_cast<unsigned char>(c);
  if (u >= 0xC3 && u <= 0xC5) return true;  // accented capitals (Á, É, Ö, Ş...)
  return text.compare(i, 3, "\xE2\x80\x9C") == 0 || text.compare(i, 3, "\xE2\x80\x98") == 0;
}

bool ends_sentence_at_period(std::string_view text, std::size_t dot, std::size_t next) {
  std::string_view word = word_before(text, dot);
  if (word.empty()) return true;
  if (word.size() == 1 && is_ascii_upper(word[0])) return false;  // an initial: George W. Bush
  if (abbreviations().count(std::string(word))) return false;
  if (is_dotted_acronym(word)) return sentence_starters().count(std::string(word_at(text, next)));
  return true;
}

}  // namespace

std::vector<Sentence> split_sentences(std::string_view text) {
  std::vector<Sentence> out;
  std::size_t start = 0;
  auto emit = [&](std::size_t end) {
    std::size_t b = start;
    std::size_t e = end;
    while (b < e && is_space(text[b])) ++b;
    while (e > b && is_space(text[e - 1])) --e;
    if (e > b) out.push_back({b, e});
    start = end;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {  // a blank line ends the sentence
      std::size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '\n') {
        emit(i);
        i = j;
        start = j;
      }
      continue;
    }
    if (c != '.' && c != '!' && c != '?') continue;
    std::size_t after = skip_closers(text, i + 1);
    if (after >= text.size() || !is_space(text[after])) continue;
    std::size_t next = after;
    while (next < text.size() && is_space(text[next])) ++next;
    if (next < text.size() && !starts_sentence(text, next)) continue;
    if (c == '.' && !ends_sentence_at_period(text, i, next)) continue;
    emit(after);
  }
  emit(text.size());
  return out;
}

}  // namespace factlint
