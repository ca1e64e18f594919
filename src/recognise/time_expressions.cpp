// Time expressions: run the recogniser families over the text, keep the leftmost-longest
// expression on overlap, then read the words around each one: the sentence's tense, the
// signal word before it, a duration's modifier, the other end of a range.
#include "recognise/time_expressions.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>
#include <memory>

#include "core/text.h"
#include "recognise/time/recogniser.h"

namespace factlint {

namespace {

using time::Group;
using time::Groups;
using time::Pattern;
using time::Resolution;

struct Compiled {
  std::unique_ptr<RE2> re;
  int groups;
  int span_group;  // index of the group named t, or 0 for the whole match
  time::Resolver resolve;
};

const std::vector<Compiled>& compiled_patterns() {
  static const std::vector<Compiled> kAll = [] {
    std::vector<Pattern> patterns;
    time::add_absolute(patterns);
    time::add_relative(patterns);
    time::add_holidays(patterns);
    time::add_durations(patterns);
    time::add_vague(patterns);
    std::vector<Compiled> out;
    for (Pattern& p : patterns) {
      auto re = std::make_unique<RE2>(p.regex);
      if (!re->ok()) continue;  // a broken pattern is a programming error caught by the tests
      int groups = re->NumberOfCapturingGroups();
      auto named = re->NamedCapturingGroups();
      auto t = named.find("t");
      int span_group = t == named.end() ? 0 : t->second;
      out.push_back({std::move(re), groups, span_group, std::move(p.resolve)});
    }
    return out;
  }();
  return kAll;
}

bool is_word_char(char c) {
  return is_ascii_alpha(c) || is_ascii_digit(c) || c == '\'' || c == '-';
}

struct Word {
  std::size_t begin;
  std::size_t end;
  std::string lower;
};

// The sentence around [begin, end): up to a sentence end or a blank line, within the input.
std::pair<std::size_t, std::size_t> sentence_bounds(std::string_view text, std::size_t lo,
                                                    std::size_t hi, std::size_t begin,
                                                    std::size_t end) {
  auto is_stop = [&](std::size_t i) {
    char c = text[i];
    if (c == '\n' && i + 1 < hi && text[i + 1] == '\n') return true;
    if (c != '.' && c != '!' && c != '?') return false;
    return i + 1 >= hi || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '"';
  };
  std::size_t a = begin;
  while (a > lo && !is_stop(a - 1)) --a;
  std::size_t b = end;
  while (b < hi && !is_stop(b)) ++b;
  return {a, b};
}

std::vector<Word> words_in(std::string_view text, std::size_t a, std::size_t b) {
  std::vector<Word> out;
  std::size_t i = a;
  while (i < b) {
    if (!is_word_char(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < b && is_word_char(text[j])) ++j;
    out.push_back({i, j, to_lower_ascii(text.substr(i, j - i))});
    i = j;
  }
  return out;
}

// Reporting verbs date the report, not the event: they count only when nothing else does.
bool is_reporting_verb(const std::string& w) {
  return w == "said" || w == "says" || w == "told" || w == "added" || w == "according";
}

bool is_auxiliary_be(const std::string& w) {
  return w == "be" || w == "been" || w == "being" || w == "is" || w == "are" || w == "am";
}

bool is_past_cue(const std::string& w) {
  static const char* const kPast[] = {
      "was",     "were",     "had",    "did",     "ago",     "last",   "yesterday", "went",
      "came",    "took",     "told",   "made",    "gave",    "got",    "found",     "left",
      "met",     "began",    "fell",   "rose",    "won",     "lost",   "saw",       "held",
      "led",     "sent",     "spent",  "paid",    "struck",  "broke",  "fled",      "ran",
      "became",  "brought",  "bought", "thought", "knew",    "wrote",  "spoke",     "sold",
      "earlier", "previous", "former", "wasn't",  "weren't", "didn't", "hadn't"};
  for (const char* p : kPast)
    if (w == p) return true;
  static const char* const kNotPast[] = {
      "need", "based",  "speed",   "seed",   "feed",    "bed",     "red",     "shed",
      "bred", "indeed", "proceed", "exceed", "succeed", "hundred", "kindred", "sacred"};
  for (const char* p : kNotPast)
    if (w == p) return false;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

bool is_future_cue(const std::string& w, const std::string& next) {
  static const char* const kFuture[] = {"will",   "won't",    "shall", "next", "upcoming",
                                        "coming", "tomorrow", "later", "soon", "forthcoming"};
  for (const char* f : kFuture)
    if (w == f) return true;
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "'ll") == 0) return true;
  if (next == "for" && (w == "set" || w == "scheduled" || w == "slated" || w == "planned"))
    return true;
  if (next == "to" &&
      (w == "due" || w == "plans" || w == "plan" || w == "expected" || w == "going" || w == "set" ||
       w == "scheduled" || w == "aims" || w == "intends" || w == "hopes"))
    return true;
  return w == "scheduled";
}

// A word of a sentence with the tense it cues, classified once per sentence: a sentence holds
// many candidate expressions and each asks for its nearest cue.
struct CuedWord {
  std::size_t begin;
  std::size_t end;
  bool reporting;  // a reporting verb: dates the report, counts only when nothing else does
  bool future;
  bool past;
};

std::vector<CuedWord> cue_words(std::string_view text, std::size_t a, std::size_t b) {
  std::vector<Word> words = words_in(text, a, b);
  std::vector<CuedWord> out;
  out.reserve(words.size());
  static const std::string kNoWord;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    const std::string& next = i + 1 < words.size() ? words[i + 1].lower : kNoWord;
    const std::string& previous = i > 0 ? words[i - 1].lower : kNoWord;
    bool reporting = is_reporting_verb(w.lower);
    bool future = !reporting && is_future_cue(w.lower, next);
    // "to be published", "has been postponed": a participle, not a past event.
    bool past = !reporting && !future && is_past_cue(w.lower) && !is_auxiliary_be(previous);
    out.push_back({w.begin, w.end, reporting, future, past});
  }
  return out;
}

// The cue words of each sentence an input's expressions sit in, keyed by the sentence's bounds
// (an expression with a full stop inside, "Feb. 24", gives other bounds than its neighbours).
class SentenceCues {
 public:
  SentenceCues(std::string_view text, std::size_t lo, std::size_t hi)
      : text_(text), lo_(lo), hi_(hi) {}

  // The direction the sentence's nearest tense cue gives, kTense when it has none.
  Direction tense_around(std::size_t begin, std::size_t end) {
    std::pair<std::size_t, std::size_t> bounds = sentence_bounds(text_, lo_, hi_, begin, end);
    auto found = cues_.find(bounds);
    if (found == cues_.end())
      found = cues_.emplace(bounds, cue_words(text_, bounds.first, bounds.second)).first;
    std::size_t best = std::string::npos;
    Direction dir = Direction::kTense;
    bool reported = false;
    for (const CuedWord& w : found->second) {
      if (w.begin >= begin && w.end <= end) continue;
      if (w.reporting) {
        reported = true;
        continue;
      }
      if (!w.future && !w.past) continue;
      std::size_t distance = w.end <= begin ? begin - w.end : w.begin - end;
      // Ties go to the past: news reports what happened.
      if (distance < best || (distance == best && w.past)) {
        best = distance;
        dir = w.future ? Direction::kFuture : Direction::kPast;
      }
    }
    if (dir == Direction::kTense && reported) return Direction::kPast;
    return dir;
  }

 private:
  std::string_view text_;
  std::size_t lo_;
  std::size_t hi_;
  std::map<std::pair<std::size_t, std::size_t>, std::vector<CuedWord>> cues_;
};

struct Candidate {
  TimeExpression expr;
  std::size_t pattern;
  Groups groups;
  int priority;
};

// The lower-case text just before `pos` within the input, at most `n` bytes.
std::string before(std::string_view text, std::size_t lo, std::size_t pos, std::size_t n) {
  std::size_t a = pos - std::min(n, pos - lo);
  return to_lower_ascii(text.substr(a, pos - a));
}

bool ends_with_word(const std::string& s, const std::string& word) {
  std::size_t end = s.find_last_not_of(" \t\n");
  if (end == std::string::npos) return false;
  std::string t = s.substr(0, end + 1);
  if (t.size() < word.size() || t.compare(t.size() - word.size(), word.size(), word) != 0)
    return false;
  return t.size() == word.size() || !is_ascii_alpha(t[t.size() - word.size() - 1]);
}

// The word before the expression that opens or bounds a period: since 2013, until 2020.
void read_signal(TimeExpression& t, const std::string& prefix, Day reference) {
  const Day kMin = first_calendar_day();
  const Day kMax = last_calendar_day();
  if (!t.period || t.grain == TimeGrain::kVague) return;
  static const char* const kSignals[] = {"since", "until", "till",    "by",        "before",
                                         "after", "from",  "through", "throughout"};
  for (const char* s : kSignals) {
    if (!ends_with_word(prefix, s)) continue;
    t.signal = s;
    if (t.signal == "since")
      t.signal_period =
          make_period(t.period->begin(),
                      std::max(day_span(reference).value_or(*t.period).end(), t.period->end()));
    else if (t.signal == "until" || t.signal == "till" || t.signal == "by" || t.signal == "through")
      t.signal_period = make_period(kMin, t.period->end());
    else if (t.signal == "before")
      t.signal_period = make_period(kMin, t.period->begin());
    else if (t.signal == "after")
      t.signal_period = make_period(t.period->end(), kMax);
    else if (t.signal == "from")
      t.signal_period = make_period(t.period->begin(), kMax);
    return;
  }
}

// A duration's modifier from the words before it: "about", "more than", "at least".
void read_modifier(TimeExpression& t, const std::string& prefix) {
  if (t.type != "DURATION" || !t.mod.empty()) return;
  // "over the past decade": before an article the word is a preposition, not an amount.
  if (t.text.size() > 4 && to_lower_ascii(t.text.substr(0, 4)) == "the ") return;
  static const std::pair<const char*, const char*> kMods[] = {{"just over", "MORE_THAN"},
                                                              {"more than", "MORE_THAN"},
                                                              {"over", "MORE_THAN"},
                                                              {"upwards of", "MORE_THAN"},
                                                              {"less than", "LESS_THAN"},
                                                              {"under", "LESS_THAN"},
                                                              {"nearly", "LESS_THAN"},
                                                              {"almost", "LESS_THAN"},
                                                              {"just under", "LESS_THAN"},
                                                              {"about", "APPROX"},
                                                              {"around", "APPROX"},
                                                              {"approximately", "APPROX"},
                                                              {"roughly", "APPROX"},
                                                              {"some", "APPROX"},
                                                              {"at least", "EQUAL_OR_MORE"},
                                                              {"at most", "EQUAL_OR_LESS"},
                                                              {"no more than", "EQUAL_OR_LESS"},
                                                              {"up to", "EQUAL_OR_LESS"}};
  for (const auto& [words, mod] : kMods) {
    if (ends_with_word(prefix, words)) {
      t.mod = mod;
      return;
    }
  }
}

bool is_range_joint(std::string_view between, bool after_between, bool after_from) {
  std::string j = to_lower_ascii(trim(between));
  if (j == "-" || j == "\xe2\x80\x93" || j == "\xe2\x80\x94") return true;  // - en dash em dash
  if (after_between) return j == "and";
  if (j == "to" || j == "through" || j == "thru") return true;
  return after_from && (j == "until" || j == "till");
}

// Marks "from 2001 to 2009", "2014-2022", "between March and May": both ends get the range.
void link_ranges(std::string_view text, std::size_t lo, std::vector<TimeExpression>& found) {
  for (std::size_t i = 0; i + 1 < found.size(); ++i) {
    TimeExpression& a = found[i];
    TimeExpression& b = found[i + 1];
    if (!a.period || !b.period || a.grain == TimeGrain::kVague || b.grain == TimeGrain::kVague)
      continue;
    if (b.begin < a.end || b.begin - a.end > 12) continue;
    std::string prefix = before(text, lo, a.begin, 12);
    bool after_between = ends_with_word(prefix, "between");
    bool after_from = ends_with_word(prefix, "from");
    if (!is_range_joint(text.substr(a.end, b.begin - a.end), after_between, after_from)) continue;
    if (a.period->begin() >= b.period->end()) continue;
    auto whole = make_period(a.period->begin(), b.period->end());
    a.range = whole;
    b.range = whole;
    // The end of a range is not a signal of its own ("from 2001 to 2009").
    if (b.signal.empty()) b.signal_period.reset();
  }
}

}  // namespace

const char* grain_name(TimeGrain grain) {
  switch (grain) {
    case TimeGrain::kTime:
      return "time";
    case TimeGrain::kDay:
      return "day";
    case TimeGrain::kWeek:
      return "week";
    case TimeGrain::kMonth:
      return "month";
    case TimeGrain::kQuarter:
      return "quarter";
    case TimeGrain::kSeason:
      return "season";
    case TimeGrain::kYear:
      return "year";
    case TimeGrain::kDecade:
      return "decade";
    case TimeGrain::kCentury:
      return "century";
    case TimeGrain::kVague:
      return "vague";
    case TimeGrain::kDuration:
      return "duration";
  }
  return "day";
}

std::optional<int> weekday_from_name(std::string_view name) {
  static const char* const kNames[] = {"sunday",   "monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday"};
  std::string lower = to_lower_ascii(name);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.size() > 6 && lower.back() == 's') lower.pop_back();  // "Fridays"
  if (lower.size() < 3) return std::nullopt;
  for (int i = 0; i < 7; ++i) {
    std::string_view full = kNames[i];
    if (full.substr(0, lower.size()) == lower) return i;
  }
  return std::nullopt;
}

void update_anchor(TimeContext& ctx, const TimeExpression& found) {
  if (found.grain == TimeGrain::kDay && found.period && !found.relative)
    ctx.anchor = found.period->begin();
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, std::size_t begin,
                                                  std::size_t end, const TimeContext& ctx) {
  const std::vector<Compiled>& patterns = compiled_patterns();
  re2::StringPiece input(text.data() + begin, end - begin);
  Day reference = ctx.reference.value_or(*make_day(1970, 1, 1));
  SentenceCues cues(text, begin, end);
  auto resolution_at = [&](std::size_t span_begin, std::size_t span_end, Day anchor,
                           bool has_anchor) {
    Direction dir = ctx.direction;
    if (dir == Direction::kTense) dir = cues.tense_around(span_begin, span_end);
    return Resolution{reference, dir, anchor, has_anchor, ctx.numeric_order};
  };
  Day initial_anchor = ctx.anchor.value_or(reference);

  std::vector<Candidate> found;
  for (std::size_t pi = 0; pi < patterns.size(); ++pi) {
    const Compiled& p = patterns[pi];
    std::vector<re2::StringPiece> pieces(static_cast<std::size_t>(p.groups) + 1);
    std::size_t pos = 0;
    while (pos <= input.size() && p.re->Match(input, pos, input.size(), RE2::UNANCHORED,
                                              pieces.data(), static_cast<int>(pieces.size()))) {
      Groups groups(pieces.size());
      for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (pieces[i].data() == nullptr) continue;
        std::size_t b = begin + static_cast<std::size_t>(pieces[i].data() - input.data());
        groups[i] = Group{std::string(pieces[i]), b, b + pieces[i].size()};
      }
      const Group& span = groups[static_cast<std::size_t>(p.span_group)];
      std::size_t whole_end = groups[0].end - begin;
      std::size_t span_end = span.matched() ? span.end - begin : whole_end;
      // Context after the span may start the next match: resume at the span's end.
      pos = std::max(span_end, pos + 1);
      if (!span.matched()) continue;
      Resolution r = resolution_at(span.begin, span.end, initial_anchor, ctx.anchor.has_value());
      for (TimeExpression& e : p.resolve(groups, r)) {
        if (e.begin == e.end) {
          e.begin = span.begin;
          e.end = span.end;
        }
        if (e.relative && !ctx.reference) continue;
        found.push_back({std::move(e), pi, groups, static_cast<int>(pi)});
      }
    }
  }
  // Leftmost-longest, then pattern order.
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.expr.begin != b.expr.begin) return a.expr.begin < b.expr.begin;
    if (a.expr.end != b.expr.end) return a.expr.end > b.expr.end;
    return a.priority < b.priority;
  });
  std::vector<TimeExpression> out;
  std::size_t covered = 0;
  Day anchor = initial_anchor;
  bool has_anchor = ctx.anchor.has_value();
  for (Candidate& c : found) {
    if (!out.empty() && c.expr.begin < covered) continue;
    covered = c.expr.end;
    TimeExpression e = std::move(c.expr);
    if (e.anchored && has_anchor) {
      // Resolve again against the day the narrative last named before it.
      Resolution r = resolution_at(e.begin, e.end, anchor, true);
      for (TimeExpression& again : patterns[c.pattern].resolve(c.groups, r)) {
        if (again.begin == again.end) {
          again.begin = e.begin;
          again.end = e.end;
        }
        if (again.begin == e.begin && again.end == e.end) e = std::move(again);
      }
    }
    e.text = std::string(text.substr(e.begin, e.end - e.begin));
    std::string prefix = before(text, begin, e.begin, 24);
    read_signal(e, prefix, reference);
    read_modifier(e, prefix);
    if (e.grain == TimeGrain::kDay && e.period && !e.relative) {
      anchor = e.period->begin();
      has_anchor = true;
    }
    out.push_back(std::move(e));
  }
  link_ranges(text, begin, out);
  return out;
}

}  // namespace factlint
