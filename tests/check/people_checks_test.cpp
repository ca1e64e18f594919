// office_title and age: titles at the claim's time, then-/former, generic titles narrowed by
// country, second references, quotation and negation; ages near birthdays, approximate ages.
#include <catch2/catch.hpp>

#include "engine/checker.h"
#include "knowledge/knowledge_base.h"
#include "read/readers.h"

using namespace factlint;

namespace {

const std::string kRoot = FACTLINT_SOURCE_DIR;

FileReport check_text(const std::string& text, const char* date) {
  Diagnostics diags;
  static auto kb = KnowledgeBase::load({{kRoot + "/tests/fixtures/kb-people"}}, diags);
  static auto rules = std::make_shared<const RuleSet>(
      load_rules({kRoot + "/rules/office-title.yaml", kRoot + "/rules/age.yaml"}, diags));
  REQUIRE_FALSE(diags.has_errors());
  Checker checker(kb, rules);
  std::string error;
  auto doc = read_document("t.txt", text, InputFormat::kPlainText, &error);
  RunOptions run;
  run.date_override = FuzzyDate::parse(date)->first_day();
  return checker.check(std::move(*doc), run);
}

const ClaimRecord* claim_of(const FileReport& r, const std::string& kind) {
  for (const ClaimRecord& c : r.claims)
    if (c.kind == kind) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("A country's title on the wrong office-holder is contradicted, with both holders",
          "[check][office_title]") {
  FileReport r =
      check_text("Israeli President Benjamin Netanyahu vowed to fight on.", "2024-10-07");
  REQUIRE(r.findings.size() == 1);
  const Finding& f = r.findings[0];
  CHECK(f.kind == "office_title");
  CHECK(f.excerpt == "Israeli President");
  CHECK(f.expected == "Prime Minister of Israel");
  REQUIRE(f.evidence.size() == 2);
  CHECK(f.evidence[0].entity == "benjamin-netanyahu");
  CHECK(f.evidence[1].entity == "isaac-herzog");
  CHECK(f.evidence[1].kb.line > 0);
  CHECK(f.message.find("Isaac Herzog") != std::string::npos);
  CHECK(check_text("Israeli Prime Minister Benjamin Netanyahu vowed to fight on.", "2024-10-07")
            .findings.empty());
}

TEST_CASE("A title is judged at the publication date unless the sentence leads with a date",
          "[check][office_title]") {
  CHECK(check_text("Merz says his line is harder than that of German Chancellor Angela Merkel.",
                   "2025-05-07")
            .findings.size() == 1);
  CHECK(check_text("In 2018, German Chancellor Angela Merkel gave up the party leadership.",
                   "2025-05-07")
            .findings.empty());
  CHECK(
      check_text("In 2023, German Chancellor Angela Merkel spoke.", "2025-05-07").findings.size() ==
      1);
}

TEST_CASE("then- and former shift the title to the past", "[check][office_title]") {
  CHECK(check_text("He returned after then-Chancellor Angela Merkel quit.", "2025-05-07")
            .findings.empty());
  CHECK(check_text("Former Chancellor Angela Merkel attended.", "2025-05-07").findings.empty());
  // A former chancellor must not be the chancellor at the time.
  FileReport still = check_text("Former Chancellor Olaf Scholz attended.", "2024-06-14");
  REQUIRE(still.findings.size() == 1);
  CHECK(still.findings[0].message.find("still") != std::string::npos);
  // With its own date, a then- title must hold at that date.
  CHECK(check_text("In 2023, then-Chancellor Angela Merkel spoke.", "2025-05-07").findings.size() ==
        1);
}

TEST_CASE("Someone long dead is named by an office they held, not one they never held",
          "[check][office_title]") {
  // A this-day-in-history line in the historical present, no date of its own.
  FileReport held = check_text("Chancellor Helmut Kohl opens the border crossings.", "2024-11-09");
  CHECK(held.findings.empty());
  REQUIRE(claim_of(held, "office_title"));
  CHECK(claim_of(held, "office_title")->verdict == Verdict::kConsistent);
  CHECK(check_text("Israeli President Helmut Kohl opens the border crossings.", "2024-11-09")
            .findings.size() == 1);
  // With a date of its own the title must hold then, unless "late" marks it as past.
  CHECK(check_text("In 2007, Chancellor Helmut Kohl spoke.", "2024-11-09").findings.size() == 1);
  CHECK(check_text("At an event in December, Biden said that late Chancellor Helmut Kohl had "
                   "invited him.",
                   "2021-12-15")
            .findings.empty());
}

TEST_CASE("A bare title the records know in one country says nothing of another's official",
          "[check][office_title]") {
  // Only Germany's office is titled Chancellor here; Netanyahu's offices are Israel's.
  FileReport other = check_text("Chancellor Benjamin Netanyahu says talks go on.", "2024-06-14");
  CHECK(other.findings.empty());
  REQUIRE(claim_of(other, "office_title"));
  CHECK(claim_of(other, "office_title")->note.find("another country") != std::string::npos);
  // Someone with an office of that country is still judged.
  CHECK(check_text("Chancellor Angela Merkel says talks go on.", "2024-06-14").findings.size() ==
        1);
}

TEST_CASE("An age beside another date may be the age of the day, or at death", "[check][age]") {
  // 87 at death in 2017, 60 in 1990: a year's obituaries name the date of the career.
  CHECK(check_text("Helmut Kohl, 87, the chancellor of reunification in 1990, was buried.",
                   "2017-07-01")
            .findings.empty());
  CHECK(check_text("Helmut Kohl, 80, the chancellor of reunification in 1990, was buried.",
                   "2017-07-01")
            .findings.size() == 1);
}

TEST_CASE("A generic title is matched against the person's own offices", "[check][office_title]") {
  CHECK(check_text("Chancellor Olaf Scholz spoke.", "2024-06-14").findings.empty());
  // Yoon left office; the records show who held it then.
  FileReport yoon = check_text("President Yoon Suk Yeol, 64, is now on trial.", "2025-06-05");
  REQUIRE(yoon.findings.size() == 1);
  CHECK(yoon.findings[0].excerpt == "President");
  CHECK(yoon.findings[0].message.find("Lee Jae-myung") != std::string::npos);
  // A demonym narrows a generic title to that country's office.
  CHECK(check_text("German President Olaf Scholz spoke.", "2024-06-14").findings.size() == 1);
}

TEST_CASE("A time after the records' as_of is never contradicted", "[check][office_title]") {
  // Merkel's term ended before as_of (2025-07-01), but who was chancellor in 2026 the
  // records cannot say.
  FileReport r = check_text("German Chancellor Angela Merkel is visiting Paris.", "2026-03-01");
  CHECK(r.findings.empty());
  const ClaimRecord* c = claim_of(r, "office_title");
  REQUIRE(c);
  CHECK(c->verdict == Verdict::kUnverifiable);
}

TEST_CASE("Qualified titles, negation and quotation", "[check][office_title]") {
  CHECK(check_text("Deputy Chancellor Olaf Scholz spoke.", "2020-06-14").findings.empty());
  FileReport negated = check_text("Netanyahu is not the Israeli president.", "2024-10-07");
  CHECK(negated.findings.empty());
  FileReport quoted =
      check_text("\"Israeli President Benjamin Netanyahu will decide,\" he said.", "2024-10-07");
  REQUIRE(quoted.findings.size() == 1);
  CHECK(quoted.findings[0].severity == Severity::kInfo);
  // A quotation runs on across its sentences, but not past its paragraph.
  FileReport running = check_text(
      "He spoke. \"We will see. Israeli President Benjamin Netanyahu will decide.\"\n\n"
      "Israeli President Benjamin Netanyahu arrived.\n",
      "2024-10-07");
  REQUIRE(running.findings.size() == 2);
  CHECK(running.findings[0].severity == Severity::kInfo);
  CHECK(running.findings[1].severity == Severity::kError);
  // A transcript's speaker turn is the speaker's words, on every line of the turn.
  FileReport turn = check_text(
      "The interview aired on Monday.\n\nJANE DOE: Israeli President Benjamin Netanyahu, thank "
      "you. Israeli President Benjamin Netanyahu has the floor.\n",
      "2024-10-07");
  REQUIRE(turn.findings.size() == 2);
  CHECK(turn.findings[0].severity == Severity::kInfo);
  CHECK(turn.findings[1].severity == Severity::kInfo);
  FileReport narrated =
      check_text("Jane Doe: Israeli President Benjamin Netanyahu spoke.", "2024-10-07");
  REQUIRE(narrated.findings.size() == 1);
  CHECK(narrated.findings[0].severity == Severity::kError);
  // Mixed-case labels are turns when they recur, as in a debate transcript, or follow a clock.
  FileReport debate = check_text(
      "The debate was held on Monday.\n\nDoe: Israeli President Benjamin Netanyahu is here.\n\n"
      "Roe: Thank you.\n\nDoe: Let me go on.\n\n[5:34] Roe: Israeli President Benjamin "
      "Netanyahu, your reaction?\n",
      "2024-10-07");
  REQUIRE(debate.findings.size() == 2);
  CHECK(debate.findings[0].severity == Severity::kInfo);
  CHECK(debate.findings[1].severity == Severity::kInfo);
  // A one-off "Update:" is the article's own words.
  FileReport update = check_text(
      "The debate was held on Monday.\n\nUpdate: Israeli President Benjamin Netanyahu is here.\n",
      "2024-10-07");
  REQUIRE(update.findings.size() == 1);
  CHECK(update.findings[0].severity == Severity::kError);
}

TEST_CASE("A lower-case title after a possessive is recognised", "[check][office_title]") {
  CHECK(
      check_text("Israel's president, Benjamin Netanyahu, spoke.", "2024-10-07").findings.size() ==
      1);
  CHECK(check_text("Israel's prime minister, Benjamin Netanyahu, spoke.", "2024-10-07")
            .findings.empty());
}

TEST_CASE("An age is checked against the birth date, near birthdays too", "[check][age]") {
  // Netanyahu turned 75 on 2024-10-21: 74 is right on 2024-10-07, 75 is not.
  CHECK(check_text("Netanyahu, 74, vowed to fight on.", "2024-10-07").findings.empty());
  FileReport r = check_text("Netanyahu, 75, vowed to fight on.", "2024-10-07");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].excerpt == "75");
  CHECK(r.findings[0].expected == "74");
  CHECK(r.findings[0].evidence[0].fact == "born 1949-10-21");
  CHECK(check_text("Friedrich Merz, aged 72, was elected.", "2025-05-07").findings.size() == 1);
}

TEST_CASE("Approximate ages allow the neighbouring year; year-only births allow both ages",
          "[check][age]") {
  CHECK(check_text("Netanyahu, nearly 75, vowed to fight on.", "2024-10-07").findings.empty());
  CHECK(check_text("Netanyahu, about 77, vowed to fight on.", "2024-10-07").findings.size() == 1);
  CHECK(check_text("Ada Example, 74, spoke.", "2024-10-07").findings.empty());
  CHECK(check_text("Ada Example, 73, spoke.", "2024-10-07").findings.empty());
  CHECK(check_text("Ada Example, 72, spoke.", "2024-10-07").findings.size() == 1);
}

TEST_CASE("Second references resolve to the latest fitting person named before", "[check][age]") {
  const char* text =
      "Friedrich Merz met Isaac Herzog in Berlin. The 69-year-old German chancellor said little.";
  CHECK(check_text(text, "2025-05-07").findings.empty());
  FileReport r = check_text(
      "Friedrich Merz met Isaac Herzog in Berlin. The 64-year-old German chancellor said little.",
      "2025-05-07");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].subject == "friedrich-merz");
  // A family name alone refers to the person named before.
  CHECK(check_text("Lee Jae-myung was sworn in. Lee, 70, spoke.", "2025-06-05").findings.size() ==
        1);
}

TEST_CASE("A title in a past narrative may be the one held at the time of the event",
          "[check][office_title]") {
  CHECK(check_text("The crisis brought down Chancellor Angela Merkel.", "2025-05-07")
            .findings.empty());
  // Dated to the last few days, the title is today's.
  CHECK(check_text("Chancellor Angela Merkel said on Monday that she would stay.", "2025-05-07")
            .findings.size() == 1);
}

TEST_CASE("A surname after a first word that is a given name is someone else's", "[check][age]") {
  // Netanyahu was 74 on 2024-10-07: a sentence opener before his surname keeps him...
  CHECK(check_text("Then Netanyahu, 70, said the plan was sound.", "2024-10-07").findings.size() ==
        1);
  // ...a given name before it is another person, whom the records do not know.
  CHECK(check_text("Tilly Netanyahu, 70, said the plan was sound.", "2024-10-07").findings.empty());
  // The same for a surname known only as a second reference to someone named before.
  const std::string before = "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. ";
  CHECK(check_text(before + "Then Benjamin, 70, said the plan was sound.", "2024-10-07")
            .findings.size() == 1);
  CHECK(check_text(before + "Tilly Benjamin, 70, said the plan was sound.", "2024-10-07")
            .findings.empty());
}

TEST_CASE("A short name the article also gives someone unrecorded may mean either",
          "[check][age]") {
  const std::string named = "Israeli Prime Minister Benjamin Netanyahu spoke on Monday. ";
  // Named before, alone with that name: "Benjamin, 70," is him (74 that day).
  CHECK(check_text(named + "Then Benjamin, 70, said the plan was sound.", "2024-10-07")
            .findings.size() == 1);
  // Once the article names a Tilly Benjamin the records do not know, before or after him, a
  // bare "Benjamin" may be her.
  const std::string other = "His guest was Tilly Benjamin, a teacher. ";
  CHECK(check_text(named + other + "Then Benjamin, 70, said the plan was sound.", "2024-10-07")
            .findings.empty());
  CHECK(check_text(other + named + "Then Benjamin, 70, said the plan was sound.", "2024-10-07")
            .findings.empty());
}

TEST_CASE("A page that tells of days after its date may have been updated since",
          "[check][office_title][age]") {
  // Dated 2024, Merz is not yet chancellor: a slip, unless the page goes on to tell of a day
  // when he was (a running page updated after its date).
  const std::string claim = "German Chancellor Friedrich Merz spoke in Berlin. ";
  CHECK(check_text(claim, "2024-10-07").findings.size() == 1);
  FileReport updated =
      check_text(claim + "The coalition agreed a budget on June 3, 2025.", "2024-10-07");
  CHECK(updated.findings.empty());
  REQUIRE(claim_of(updated, "office_title"));
  CHECK(claim_of(updated, "office_title")->verdict == Verdict::kUnverifiable);
  CHECK(claim_of(updated, "office_title")->note.find("2025-06-03") != std::string::npos);
  // Only a day told with its year counts: "on June 3" and "in 2025" may be plans or guesses.
  CHECK(check_text(claim + "The coalition meets on June 3.", "2024-10-07").findings.size() == 1);
  CHECK(check_text(claim + "An election is due in 2025.", "2024-10-07").findings.size() == 1);
  // A later day on which the claim is still wrong changes nothing.
  CHECK(check_text(claim + "The coalition agreed a budget on Jan. 3, 2025.", "2024-10-07")
            .findings.size() == 1);
  // Nor does it touch a claim the sentence times itself.
  CHECK(check_text("In 2023, German Chancellor Friedrich Merz spoke in Berlin. The coalition "
                   "agreed a budget on June 3, 2025.",
                   "2024-10-07")
            .findings.size() == 1);
  // Ages as well: 68 at publication, 69 on 2025-06-03, a day the page tells of.
  CHECK(check_text("Friedrich Merz, 69, spoke in Berlin.", "2024-10-07").findings.size() == 1);
  CHECK(
      check_text("Friedrich Merz, 69, spoke in Berlin. He returned on June 3, 2025.", "2024-10-07")
          .findings.empty());
}

TEST_CASE("A recorded surname the article also gives someone unrecorded may mean either",
          "[check][age]") {
  // "Merz" alone is Friedrich Merz (69 that day)...
  CHECK(check_text("Merz, 30, said the plan was sound.", "2025-06-05").findings.size() == 1);
  // ...unless the article has named an Anna Maria Merz the records do not know.
  CHECK(
      check_text("The list names Anna Maria Merz. Merz, 30, said the plan was sound.", "2025-06-05")
          .findings.empty());
}
