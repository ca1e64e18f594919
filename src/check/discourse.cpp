// Discourse: words around a slot and second references, from the claim's sentence and the
// entity mentions of earlier sentences.
#include "check/discourse.h"

#include <cctype>

namespace factlint {

namespace {

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string singular(std::string s) {
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  return s;
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
  for (char c : lower(ctx.text.substr(begin, offset - begin))) {
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
  for (char c : lower(ctx.text.substr(offset, end - offset))) {
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
  std::string wanted = singular(lower(noun));
  for (const std::string& d : e.descriptors)
    if (singular(lower(d)) == wanted) return true;
  return false;
}

}  // namespace factlint
