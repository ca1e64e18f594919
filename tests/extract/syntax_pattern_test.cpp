// Syntactic patterns: dependency paths parse or fail with a message; matching over a fixed
// parse fills slots with the mentions the paths reach, honours case words, subtypes, word order,
// vetoes and requirements.
#include <catch2/catch.hpp>

#include "extract/syntax_pattern.h"

using namespace factlint;

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;

const KnowledgeBase& fixture_kb() {
  Diagnostics diags;
  static auto kb = KnowledgeBase::load({{kRoot + "/tests/fixtures/kb"}}, diags);
  REQUIRE_FALSE(diags.has_errors());
  return *kb;
}

// Words of `text` split at spaces, with heads and relations as given (CoNLL-U numbering).
ParsedSentence parsed(const std::string& text, const std::vector<int>& heads,
                      const std::vector<std::string>& deprels) {
  ParsedSentence s;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < heads.size(); ++i) {
    std::size_t end = text.find(' ', begin);
    if (end == std::string::npos) end = text.size();
    Word w;
    w.form = text.substr(begin, end - begin);
    w.lemma = w.form;
    w.begin = begin;
    w.end = end;
    w.head = heads[i];
    w.deprel = deprels[i];
    s.words.push_back(w);
    begin = end + 1;
  }
  return s;
}

Mention entity_mention(const KnowledgeBase& kb, const std::string& id, std::size_t begin,
                       std::size_t end) {
  Mention m{MentionKind::kEntity, begin, end, {}, {}, 0};
  const Entity* e = kb.find(id);
  REQUIRE(e);
  m.refs.push_back({static_cast<std::size_t>(e - kb.entities().data()), NameKind::kName});
  return m;
}

Mention year_mention(int year, std::size_t begin, std::size_t end) {
  Mention m{MentionKind::kTime, begin, end, {}, {}, 0};
  m.time.period = FuzzyDate::from_parts(year)->period();
  m.time.value = std::to_string(year);
  return m;
}

SyntaxPattern event_date_pattern(const std::vector<std::string>& paths) {
  SyntaxPattern p;
  p.trigger_slot = "event";
  p.trigger_type = "event";
  SyntaxArgument date{"date", "date", {}, {}, {}};
  for (const std::string& text : paths) {
    std::string error;
    auto path = parse_dependency_path(text, &error);
    REQUIRE(path);
    date.paths.push_back(*path);
  }
  p.arguments.push_back(date);
  return p;
}

// "the 1994 Gulf War began": a year as the event noun's nummod.
SentenceMentions the_1994_gulf_war_began(const KnowledgeBase& kb, ParsedSentence* s) {
  //                 0   4    9    14  18
  std::string text = "the 1994 Gulf War began";
  *s = parsed(text, {4, 4, 4, 5, 0}, {"det", "nummod", "compound", "nsubj", "root"});
  SentenceMentions mentions;
  mentions.items = {year_mention(1994, 4, 8), entity_mention(kb, "gulf-war", 9, 17)};
  return mentions;
}

}  // namespace

TEST_CASE("Dependency paths parse into steps", "[extract][syntax]") {
  std::string error;
  auto path = parse_dependency_path(">appos >nummod|amod  <nmod[in,on]+ >*-", &error);
  REQUIRE(path);
  REQUIRE(path->steps.size() == 4);
  CHECK(path->steps[0].order == 0);
  CHECK(path->steps[2].order == 1);
  CHECK(path->steps[3].order == -1);
  CHECK(path->steps[0].down);
  CHECK(path->steps[0].relations == std::vector<std::string>{"appos"});
  CHECK(path->steps[1].relations == std::vector<std::string>{"nummod", "amod"});
  CHECK_FALSE(path->steps[2].down);
  CHECK(path->steps[2].case_words == std::vector<std::string>{"in", "on"});
  CHECK(path->steps[3].relations.empty());  // "*": any relation
}

TEST_CASE("A malformed path is refused with the step that is wrong", "[extract][syntax]") {
  for (const char* bad :
       {"", "nmod", ">nmod[in", ">NMOD", ">nmod[in]|obl", "> nmod", ">nmod+[in]", ">nmod++"}) {
    INFO(bad);
    std::string error;
    CHECK_FALSE(parse_dependency_path(bad, &error));
    CHECK_FALSE(error.empty());
  }
}

TEST_CASE("A date modifying the event's noun fills the pattern's date slot", "[extract][syntax]") {
  const KnowledgeBase& kb = fixture_kb();
  ParsedSentence s;
  SentenceMentions mentions = the_1994_gulf_war_began(kb, &s);

  std::vector<SyntaxMatch> matches = match_syntax(event_date_pattern({">nummod"}), s, mentions, kb);
  REQUIRE(matches.size() == 1);
  const SyntaxMatch& m = matches[0];
  REQUIRE(m.slots.size() == 2);
  CHECK(m.slots[0].name == "event");
  CHECK(m.slots[0].mention == &mentions.items[1]);
  CHECK(m.slots[1].name == "date");
  CHECK(m.slots[1].mention == &mentions.items[0]);
  CHECK(m.path == "War >nummod 1994");
  CHECK(m.begin == 4);
  CHECK(m.end == 17);

  // The wrong relation, or a type no mention has, matches nothing.
  CHECK(match_syntax(event_date_pattern({">amod"}), s, mentions, kb).empty());
  SyntaxPattern country = event_date_pattern({">nummod"});
  country.arguments[0].type = "country";
  CHECK(match_syntax(country, s, mentions, kb).empty());
}

TEST_CASE("A case word and a relation's subtypes narrow what a step reaches", "[extract][syntax]") {
  const KnowledgeBase& kb = fixture_kb();
  //                 0        9   13  17 20
  std::string text = "fighting the Gulf War in 1991";
  ParsedSentence s =
      parsed(text, {0, 4, 4, 1, 6, 4}, {"root", "det", "compound", "obj", "case", "nmod:tmod"});
  SentenceMentions mentions;
  mentions.items = {entity_mention(kb, "gulf-war", 13, 21), year_mention(1991, 25, 29)};

  CHECK(match_syntax(event_date_pattern({">nmod[in,on]"}), s, mentions, kb).size() == 1);
  CHECK(match_syntax(event_date_pattern({">nmod:tmod[in]"}), s, mentions, kb).size() == 1);
  CHECK(match_syntax(event_date_pattern({">nmod[on,since]"}), s, mentions, kb).empty());
  CHECK(match_syntax(event_date_pattern({">nmod:poss"}), s, mentions, kb).empty());
  // Word order: the date follows the event's noun.
  CHECK(match_syntax(event_date_pattern({">nmod[in]+"}), s, mentions, kb).size() == 1);
  CHECK(match_syntax(event_date_pattern({">nmod[in]-"}), s, mentions, kb).empty());
  // Alternatives are tried in order: the first that reaches a date wins.
  auto matches = match_syntax(event_date_pattern({">nummod", ">nmod"}), s, mentions, kb);
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].path == "War >nmod:tmod 1991");
}

TEST_CASE("A veto reached from the trigger drops the match", "[extract][syntax]") {
  const KnowledgeBase& kb = fixture_kb();
  //                 0           12 15  19  23   28
  std::string text = "anniversary of the Gulf War 1991";
  ParsedSentence s = parsed(text, {0, 5, 5, 5, 1, 5},
                            {"root", "case", "det", "compound", "nmod", "nmod:unmarked"});
  SentenceMentions mentions;
  mentions.items = {entity_mention(kb, "gulf-war", 19, 27), year_mention(1991, 28, 32)};
  SyntaxPattern p = event_date_pattern({">nmod"});
  CHECK(match_syntax(p, s, mentions, kb).size() == 1);
  std::string error;
  p.vetoes.push_back({{*parse_dependency_path("<nmod", &error)}, {{"anniversary"}, {}, {}}});
  CHECK(match_syntax(p, s, mentions, kb).empty());
  // A veto for other words leaves the match alone.
  p.vetoes[0].word.lemmas = {"inquiry"};
  CHECK(match_syntax(p, s, mentions, kb).size() == 1);
  // A requirement must hold: any of its paths reaches a word that passes.
  p.vetoes.clear();
  p.requirements.push_back(
      {{*parse_dependency_path("<nmod:tmod", &error), *parse_dependency_path("<nmod", &error)},
       {{"anniversary"}, {}, {}}});
  CHECK(match_syntax(p, s, mentions, kb).size() == 1);
  p.requirements[0].word.lemmas = {"inquiry"};
  CHECK(match_syntax(p, s, mentions, kb).empty());
}

TEST_CASE("Without a parse nothing matches", "[extract][syntax]") {
  const KnowledgeBase& kb = fixture_kb();
  SentenceMentions mentions;
  mentions.items = {entity_mention(kb, "gulf-war", 0, 8)};
  CHECK(match_syntax(event_date_pattern({">nummod"}), ParsedSentence{}, mentions, kb).empty());
}

TEST_CASE("An argument's time types keep out times of another type", "[extract][syntax]") {
  const KnowledgeBase& kb = fixture_kb();
  ParsedSentence s;
  SentenceMentions mentions = the_1994_gulf_war_began(kb, &s);
  SyntaxPattern p = event_date_pattern({">nummod"});
  p.arguments[0].time_types = {"DURATION"};
  CHECK(match_syntax(p, s, mentions, kb).empty());
  p.arguments[0].time_types = {"DATE", "DURATION"};
  CHECK(match_syntax(p, s, mentions, kb).size() == 1);
}
