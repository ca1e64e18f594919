// Discourse: words around a slot and second references, from the claim's sentence and the
// entity mentions of earlier sentences.
#include "check/discourse.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/checked_date.h"
#include "core/text.h"

namespace factlint {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The first fitting references of a mention, or none.
std::vector<const Entity*> fitting(const Mention& m, const CheckContext& ctx,
                                   const std::function<bool(const Entity&)>& fits) {
  std::vector<const Entity*> out;
  if (m.kind != MentionKind::kEntity) return out;
  for (const NameRef& r : m.refs) {
    const Entity& e = ctx.kb.entities()[r.entity];
    if (fits(e)) out.push_back(&e);
  }
  return out;
}

}  // namespace

std::string words_before(const Claim& claim, const CheckContext& ctx, std::size_t offset,
                         int count) {
  if (ctx.text.empty() || offset > ctx.text.size() || offset < claim.sentence_begin) return {};
  std::size_t begin = offset;
  int words = 0;
  while (begin > claim.sentence_begin && words < count) {
    while (begin > claim.sentence_begin && is_space(ctx.text[begin - 1])) --begin;
    if (begin == claim.sentence_begin) break;
    while (begin > claim.sentence_begin && !is_space(ctx.text[begin - 1])) --begin;
    ++words;
  }
  std::string out;
  for (char c : to_lower_ascii(ctx.text.substr(begin, offset - begin))) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string words_after(const Claim& claim, const CheckContext& ctx, std::size_t offset,
                        int count) {
  if (ctx.text.empty() || offset >= claim.sentence_end || claim.sentence_end > ctx.text.size())
    return {};
  std::size_t end = offset;
  int words = 0;
  while (end < claim.sentence_end && words < count) {
    while (end < claim.sentence_end && is_space(ctx.text[end])) ++end;
    if (end == claim.sentence_end) break;
    while (end < claim.sentence_end && !is_space(ctx.text[end])) ++end;
    ++words;
  }
  std::string out;
  for (char c : to_lower_ascii(ctx.text.substr(offset, end - offset))) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

std::vector<const Entity*> latest_mentioned(const Claim& claim, const CheckContext& ctx,
                                            std::size_t offset,
                                            const std::function<bool(const Entity&)>& fits) {
  if (claim.sentence) {
    const auto& items = claim.sentence->items;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
      if (it->begin >= offset) continue;
      auto found = fitting(*it, ctx, fits);
      if (!found.empty()) return found;
    }
  }
  if (ctx.earlier_mentions) {
    const auto& items = *ctx.earlier_mentions;
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
      auto found = fitting(*it, ctx, fits);
      if (!found.empty()) return found;
    }
  }
  return {};
}

bool has_descriptor(const Entity& e, std::string_view noun) {
  std::string wanted = descriptor_key(noun);
  for (const std::string& d : e.descriptors)
    if (descriptor_key(d) == wanted) return true;
  return false;
}

std::vector<std::string> countries_of(const Mention& m, const KnowledgeBase& kb) {
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (!id.empty() && std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  if (m.kind != MentionKind::kEntity) return out;
  for (const NameRef& r : m.refs) {
    const Entity& e = kb.entities()[r.entity];
    switch (e.type) {
      case EntityType::kCountry:
        add(e.id);
        break;
      case EntityType::kPlace:
        add(e.country);
        break;
      case EntityType::kOffice:
        add(e.country);
        break;
      case EntityType::kPerson:
        for (const Term& t : e.positions)
          if (const Entity* office = kb.find(t.ref)) add(office->country);
        break;
      default:
        break;
    }
  }
  return out;
}

DescribedEvents described_events(const Claim& claim, const CheckContext& ctx, std::string_view noun,
                                 std::size_t offset) {
  DescribedEvents out;
  // A war is a conflict and fighting too, though the records may describe it only as a war.
  // In the index's order, once each; membership by hash, since a linear find per entity is
  // quadratic with tens of thousands of wars.
  std::vector<const Entity*> described;
  std::unordered_set<const Entity*> is_described;
  auto add = [&](const std::vector<const Entity*>& events) {
    for (const Entity* e : events)
      if (is_described.insert(e).second) described.push_back(e);
  };
  add(ctx.kb.events_described_as(noun));
  if (descriptor_key(noun) == "conflict" || descriptor_key(noun) == "fighting")
    add(ctx.kb.events_described_as("war"));
  if (described.empty()) return out;
  auto fits = [&](const Entity& e) { return is_described.count(&e) > 0; };
  out.named = latest_mentioned(claim, ctx, offset, fits);
  auto located = [&](const std::vector<const Mention*>& mentions) {
    std::vector<std::string> countries;
    for (const Mention* m : mentions)
      for (const std::string& c : countries_of(*m, ctx.kb))
        if (std::find(countries.begin(), countries.end(), c) == countries.end())
          countries.push_back(c);
    std::vector<const Entity*> found;
    if (countries.empty()) return found;
    for (const Entity* e : described) {
      if (std::find(out.named.begin(), out.named.end(), e) != out.named.end()) continue;
      for (const std::string& place : e->location) {
        const Entity* where = ctx.kb.find(place);
        std::string country = where && where->type == EntityType::kPlace ? where->country : place;
        if (std::find(countries.begin(), countries.end(), country) != countries.end()) {
          found.push_back(e);  // once, however many of its places are named
          break;
        }
      }
    }
    return found;
  };
  std::vector<const Mention*> in_sentence;
  if (claim.sentence)
    for (const Mention& m : claim.sentence->items) in_sentence.push_back(&m);
  out.located = located(in_sentence);
  if (!out.named.empty() || !out.located.empty() || !ctx.earlier_mentions) return out;
  std::vector<const Mention*> before;
  for (const Mention& m : *ctx.earlier_mentions) before.push_back(&m);
  out.located = located(before);
  return out;
}

namespace {

bool is_past_verb(const std::string& word) {
  static const std::set<std::string> kIrregular = {
      "said", "met", "told", "brought", "took", "gave", "made", "led", "won", "lost", "held", "was",
      "were", "had", "left", "became", "began", "spoke", "wrote", "sent", "went", "came", "saw",
      "ran", "fought", "sought", "struck", "stood", "knew", "got", "kept", "flew", "beat", "chose",
      "rose", "fell", "paid", "felt", "heard", "swore", "oversaw", "forced", "drove", "threw",
      "shook", "quit", "undid", "withdrew",
      // Participles of perfects and passives ("has been", "was born", "sprung from").
      "been", "born", "done", "gone", "seen", "taken", "given", "written", "spoken", "known",
      "grown", "shown", "driven", "chosen", "broken", "stolen", "fallen", "risen", "sworn",
      "thrown", "drawn", "begun", "sprung", "sprang", "built", "spent", "bought", "taught",
      "caught", "thought", "sold"};
  if (kIrregular.count(word)) return true;
  static const std::set<std::string> kNotVerbs = {"red",  "need", "united",    "speed",
                                                  "seed", "feed", "embattled", "beleaguered"};
  return word.size() > 4 && word.compare(word.size() - 2, 2, "ed") == 0 && !kNotVerbs.count(word);
}

}  // namespace

bool narrates_past(const Claim& claim, const CheckContext& ctx, std::size_t skip_begin,
                   std::size_t skip_end) {
  if (claim.sentence_end > ctx.text.size() || claim.sentence_begin >= claim.sentence_end)
    return false;
  if (claim.sentence && ctx.published) {
    if (std::optional<Day> month_ago = add_days(*ctx.published, -31))
      for (const Mention& m : claim.sentence->items)
        if (m.kind == MentionKind::kTime && m.time.period && m.time.period->last() < *month_ago)
          return true;
  }
  static const std::set<std::string> kPerfect = {"has", "have", "had"};
  static const std::set<std::string> kReporting = {
      "said",      "told",    "added",    "asked",  "noted",   "stated",
      "explained", "warned",  "insisted", "argued", "replied", "responded",
      "claimed",   "tweeted", "wrote",    "posted", "urged",   "acknowledged"};
  auto scan = [&](std::size_t from, std::size_t to) {
    std::string words = to_lower_ascii(ctx.text.substr(from, to - from));
    std::string previous;
    std::size_t i = 0;
    while (i < words.size()) {
      std::size_t j = i;
      while (j < words.size() && ((words[j] >= 'a' && words[j] <= 'z') || words[j] == '\'')) ++j;
      if (j > i) {
        std::string word = words.substr(i, j - i);
        if ((is_past_verb(word) && !kReporting.count(word)) ||
            (kPerfect.count(previous) && !kReporting.count(word)))
          return true;
        previous = std::move(word);
        i = j;
      } else {
        // Punctuation breaks a perfect ("has, in turn"); spaces do not.
        if (words[i] != ' ') previous.clear();
        ++i;
      }
    }
    return false;
  };
  std::size_t from = std::max(skip_begin, claim.sentence_begin);
  std::size_t to = std::min(std::max(skip_end, from), claim.sentence_end);
  return scan(claim.sentence_begin, from) || scan(to, claim.sentence_end);
}

}  // namespace factlint
