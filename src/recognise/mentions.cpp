// Mentions: merge entity, time and number recognisers; longer spans win, then time over entity
// over number.
#include "recognise/mentions.h"

#include <algorithm>

namespace factlint {

namespace {

int rank(MentionKind k) {
  switch (k) {
    case MentionKind::kTime:
      return 0;
    case MentionKind::kEntity:
      return 1;
    case MentionKind::kNumber:
      return 2;
  }
  return 2;
}

}  // namespace

SentenceMentions recognise(std::string_view text, const Sentence& sentence, const KnowledgeBase& kb,
                           const TimeContext& time_context) {
  SentenceMentions out{sentence, {}};
  std::vector<Token> tokens = tokenize(text, sentence.begin, sentence.end);
  std::vector<Mention> all;
  for (NameMatch& m : kb.names().match(tokens)) {
    Mention x{MentionKind::kEntity,
              tokens[m.first_token].begin,
              tokens[m.last_token].end,
              std::move(m.refs),
              {},
              0};
    all.push_back(std::move(x));
  }
  for (TimeExpression& t :
       find_time_expressions(text, sentence.begin, sentence.end, time_context)) {
    Mention x{MentionKind::kTime, t.begin, t.end, {}, std::move(t), 0};
    all.push_back(std::move(x));
  }
  for (const NumberMention& n : find_numbers(tokens)) {
    Mention x{MentionKind::kNumber, n.begin, n.end, {}, {}, n.value};
    all.push_back(std::move(x));
  }
  std::sort(all.begin(), all.end(), [](const Mention& a, const Mention& b) {
    std::size_t la = a.end - a.begin;
    std::size_t lb = b.end - b.begin;
    if (la != lb) return la > lb;
    if (rank(a.kind) != rank(b.kind)) return rank(a.kind) < rank(b.kind);
    return a.begin < b.begin;
  });
  std::vector<Mention> kept;
  for (Mention& m : all) {
    bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Mention& k) {
      return m.begin < k.end && k.begin < m.end;
    });
    if (!overlaps) kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  out.items = std::move(kept);
  return out;
}

}  // namespace factlint
