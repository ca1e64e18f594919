// age: second references that open a sentence ("The 68-year-old collapsed", "He is 58"), ages
// at death stated after the circumstances ("died on Easter Monday ..., aged 89"), ages reached
// at a dated birthday ("who turned 64 in June") and stated birth dates; and the cues that leave
// a claim unverifiable because someone else may be meant. The shipped knowledge base and rules
// on real sentences, through the whole pipeline.
#include <catch2/catch.hpp>

#include "pipeline.h"

using namespace factlint;
using namespace factlint::test;

namespace {

// The age claims of `text`: "verdict rule", in order.
std::vector<std::string> age_claims(const std::string& text, const char* date) {
  std::vector<std::string> out;
  for (const ClaimRecord& c : check_text(text, date).claims)
    if (c.kind == "age") out.push_back(std::string(verdict_name(c.verdict)) + " " + c.rule);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("age: a sentence-initial 'The N-year-old' means a person named just before",
          "[check][age]") {
  const std::string abe =
      "Japan's former prime minister, Shinzo Abe, died in hospital on Friday after being shot in "
      "Nara.\n\nThe 68-year-old collapsed bleeding after a man fired at him from behind.";
  FileReport r = check_text(abe, "2022-07-08");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].excerpt == "68");
  CHECK(r.findings[0].subject == "shinzo-abe");
  CHECK(r.findings[0].expected == "67");
  CHECK(r.findings[0].message.find("1954-09-21") != std::string::npos);

  CHECK(age_claims("Shinzo Abe died on Friday. The 67-year-old collapsed after a man fired.",
                   "2022-07-08") == V{"consistent person-age"});
  // Any person of the two sentences before may be meant: consistent when one of them agrees.
  CHECK(age_claims("Vladimir Putin met Donald Trump in Helsinki. The 72-year-old said the talks "
                   "went well.",
                   "2018-07-16") == V{"consistent person-age"});
  CHECK(age_claims("Shinzo Abe was shot in Nara. Fumio Kishida condemned the attack. The "
                   "69-year-old died hours later.",
                   "2022-07-08") == V{"contradicted person-age"});
  // A pronoun opening the sentence.
  CHECK(age_claims("Boris Johnson resigned on Thursday. He is 60 and has three children.",
                   "2022-07-07") == V{"contradicted person-age"});
}

TEST_CASE("age: a second reference stays unverifiable when someone else may be meant",
          "[check][age]") {
  // A person noun before it: the gunman, not Abe.
  CHECK(age_claims("A gunman shot Shinzo Abe in Nara. The 41-year-old was arrested.",
                   "2022-07-08") == V{"unverifiable person-age"});
  // A full name no recogniser took, before or after it.
  CHECK(age_claims("Police named Tetsuya Yamagami as the man who shot Shinzo Abe. The 41-year-old "
                   "was arrested.",
                   "2022-07-08") == V{"unverifiable person-age"});
  // A name alone as the subject of the sentence before.
  CHECK(age_claims("Yamagami told police he held a grudge against Shinzo Abe. The 41-year-old was "
                   "arrested.",
                   "2022-07-08") == V{"unverifiable person-age"});
  CHECK(age_claims("Donald Trump was shot in the ear in Butler. The 20-year-old, identified as "
                   "Thomas Crooks, was killed.",
                   "2024-07-14") == V{"unverifiable person-age"});
  // A noun after "The 41-year-old" makes it a description of someone else: no claim.
  CHECK(
      age_claims("Shinzo Abe was shot in Nara. The 41-year-old suspect was arrested.", "2022-07-08")
          .empty());
  CHECK(age_claims("Shinzo Abe was shot in Nara. The 41-year-old unemployed man was arrested.",
                   "2022-07-08")
            .empty());
  // No person the records know in the sentences before.
  CHECK(age_claims("Police arrested a suspect. The 41-year-old was held overnight.",
                   "2022-07-08") == V{"unverifiable person-age"});
  // A first name before a known family name is someone else of that family: no person the
  // records know is named (recognise/mentions.cpp).
  CHECK(age_claims("Yulia Navalnaya spoke. Navalny's mother, Lyudmila Navalnaya, 69, travelled.",
                   "2024-02-17")
            .empty());
}

TEST_CASE("age: the age at death may close a sentence about the death", "[check][age]") {
  FileReport r = check_text(
      "Pope Francis, the first pontiff from Latin America, died on Easter Monday at his residence "
      "in the Vatican, aged 89, less than a day after greeting crowds.",
      "2025-04-21");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "person-age-at-death");
  CHECK(r.findings[0].excerpt == "89");
  CHECK(r.findings[0].expected == "88");
  CHECK(r.findings[0].message.find("at death on 2025-04-21") != std::string::npos);

  CHECK(age_claims("Queen Elizabeth II died at Balmoral on Thursday. She was aged 96.",
                   "2022-09-09") == V{"consistent person-age-at-death"});
  CHECK(age_claims("Mikhail Gorbachev was 92 when he died in Moscow.", "2022-08-31") ==
        V{"contradicted person-age-at-death"});
  // Someone else between the name and the age.
  CHECK(age_claims("Shinzo Abe died in hospital alongside his wife, aged 60.", "2022-07-09") ==
        V{"unverifiable person-age-at-death"});
  CHECK(age_claims("Pope Francis died on Monday, two years after Pope Benedict XVI, aged 60.",
                   "2025-04-21") == V{"unverifiable person-age-at-death"});
  // "He was 60." of someone alive speaks of an unknown time.
  CHECK(age_claims("Boris Johnson resigned on Thursday. He was 60.", "2022-07-07") ==
        V{"unverifiable person-age-at-death"});
}

TEST_CASE("age: an age reached at a dated birthday", "[check][age]") {
  FileReport r =
      check_text("Scholz, who turned 64 in June, served as finance minister.", "2021-12-08");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "person-age-birthday");
  CHECK(r.findings[0].excerpt == "64");
  CHECK(r.findings[0].expected == "63");
  CHECK(r.findings[0].message.find("turned 63 in 2021-06") != std::string::npos);

  CHECK(age_claims("Scholz, who turned 63 in June, served as finance minister.", "2021-12-08") ==
        V{"consistent person-age-birthday"});
  // The right age, the wrong month.
  CHECK(age_claims("Scholz, who turned 63 in March, served as finance minister.", "2021-12-08") ==
        V{"contradicted person-age-birthday"});
  CHECK(age_claims("Vladimir Putin, who celebrated his 70th birthday on Friday, met his security "
                   "council.",
                   "2022-10-08") == V{"consistent person-age-birthday"});
  // Without a date, "who turned 70" is the age now.
  CHECK(age_claims("Merz, who turned 70, was elected chancellor.", "2025-05-06") ==
        V{"contradicted person-age"});
}

TEST_CASE("age: a stated birth date, only when the copy gives it outright", "[check][age]") {
  FileReport r = check_text("Putin was born in Leningrad in 1950.", "2025-08-16");
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].rule == "person-birth-date");
  CHECK(r.findings[0].excerpt == "1950");
  CHECK(r.findings[0].expected == "1952-10-07");

  CHECK(age_claims("Putin, born on October 7, 1952, has ruled Russia for decades.", "2025-08-16") ==
        V{"consistent person-birth-date"});
  CHECK(age_claims("Olaf Scholz (born 1956) leads the Social Democrats.", "2021-12-08") ==
        V{"contradicted person-birth-date"});
  // A month without a year is resolved against the publication date: not a birth date.
  CHECK(age_claims("Putin, born in October, celebrated quietly.", "2025-08-16") ==
        V{"unverifiable person-birth-date"});
}
