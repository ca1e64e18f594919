// Checks: one per claim kind, registered in one list (registry.cpp). A CheckKind reads and
// validates a rule's `check:` options once, at load time, and returns a configured ClaimCheck
// that judges claims against the knowledge base.
//
//   const CheckKind* kind = find_check_kind("event_date");
//   std::string error;
//   auto check = kind->configure({{"fact", "start"}, {"compare", "overlaps"}}, &error);
//   Assessment a = check->assess(claim, context);   // consistent, contradicted, unverifiable
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostic.h"
#include "core/fuzzy_date.h"
#include "extract/claim.h"
#include "knowledge/knowledge_base.h"

namespace factlint {

enum class Verdict { kConsistent, kContradicted, kUnverifiable };
const char* verdict_name(Verdict v);

// A knowledge-base fact a verdict rests on.
class SentenceParse;  // parse/sentence_parse.h

struct Evidence {
  std::string entity;  // id
  std::string fact;    // "start 2022-02-24"
  std::string source;  // URL
  SourcePosition kb;   // file and line of the fact
};

struct Assessment {
  Verdict verdict = Verdict::kUnverifiable;
  std::string subject;   // the entity id the claim was judged about, if any
  std::string expected;  // what the records hold
  std::string found;     // what the copy says, normalised
  std::string message;   // for a contradiction: what the records hold, in words
  std::string note;      // for unverifiable: why
  std::vector<Evidence> evidence;
  // For a contradiction that rests on a reading the article may not share (the year of a
  // year-less date, taken from publication): what that reading is. When two or more
  // contradictions of one document rest on the same reading, the reading is what is wrong
  // (a timeline of another year), so the checker makes them all unverifiable with this note.
  std::string rests_on;
  // Other readings of the article under which the claim would hold ("the article's year-less
  // dates are of 2019"), for claims that do not hold under the article's own. A contradiction
  // with a reading two other claims of the document share is the article's other reading, not
  // a slip: the checker makes it unverifiable.
  std::vector<std::string> holds_under;
  // The time the claim was judged at, for checks whose truth depends on when ("2019",
  // "2025-08-08, the publication date"); empty for the others.
  std::string judged_at;
};

struct CheckContext {
  const KnowledgeBase& kb;
  std::optional<Day> published;
  // The document's analysis text (claim and mention offsets index it), for the words around a
  // slot: a qualifier before a count ("more than 4,000"), a unit after an amount ("12 years").
  std::string_view text = {};
  // Entity mentions of the sentences before the claim's, in text order: second references
  // ("the crash", "the alliance") resolve to the latest one that fits.
  const std::vector<Mention>* earlier_mentions = nullptr;
  // The claim's sentence parsed (tokens, tags, lemmas, dependency tree), on first get().
  const SentenceParse* sentence_parse = nullptr;
};

using CheckOptions = std::map<std::string, std::string>;

class ClaimCheck {
 public:
  virtual ~ClaimCheck() = default;
  virtual Assessment assess(const Claim& claim, const CheckContext& context) const = 0;
  // Whether two claims of this check about one subject state one fact, so that an article
  // giving two values contradicts itself (a war's start). False where a value depends on the
  // time it is told at: "the 50th anniversary" and "the 60th anniversary" of D-Day are two
  // occasions, "three years of war" and "four years of war" two moments.
  virtual bool states_one_fact() const { return true; }
};

class CheckKind {
 public:
  virtual ~CheckKind() = default;
  // The claim kind, as in JSON output: event_date, office_title, ...
  virtual std::string_view name() const = 0;
  // Slots every pattern of a rule of this kind must have.
  virtual std::vector<std::string> required_slots() const = 0;
  // The slot whose span a finding points at, unless the rule says otherwise.
  virtual std::string default_report_slot() const = 0;
  // Reads `check:` options and the message template; nullptr and `*error` on a bad option.
  virtual std::unique_ptr<ClaimCheck> configure(const CheckOptions& options,
                                                const std::string& message_template,
                                                std::string* error) const = 0;
};

// Every check kind, in one explicit list.
const std::vector<const CheckKind*>& check_kinds();
const CheckKind* find_check_kind(std::string_view name);

// Renders "{event.name} began on {fact.start}, not {date.text}" with a lookup for each
// {variable}; unknown variables are left as written.
std::string render_template(const std::string& tmpl,
                            const std::map<std::string, std::string>& variables);
// Joins the messages rendered for several candidates with "; ", stating once a trailing
// clause they all share (", not February 2024").
std::string join_candidate_messages(const std::vector<std::string>& messages);
// The verdict once every candidate disagrees: contradicted, with their messages joined; for a
// negated claim ("did not begin in 2014") unverifiable, with no evidence, since a denial of a
// wrong value is no slip.
Assessment conclude_contradicted(Assessment a, const Claim& claim,
                                 const std::vector<std::string>& messages);
// The {variables} a template uses, for load-time validation.
std::vector<std::string> template_variables(const std::string& tmpl);

}  // namespace factlint
