// Checker: read date -> segment -> parse -> recognise -> extract -> check, one sentence at a time.
#include "engine/checker.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "check/check.h"
#include "check/claim_time.h"
#include "check/internal_check.h"
#include "check/order_graph.h"
#include "extract/extractor.h"
#include "parse/sentence_parse.h"
#include "read/publication_date.h"
#include "recognise/coreference.h"
#include "recognise/mentions.h"
#include "recognise/time_expressions.h"
#include "segment/sentences.h"

namespace factlint {

namespace {

constexpr const char* kNoPublicationDateNote =
    "no publication date found (front matter date:, a 'date YYYY-MM-DD' first line, a "
    "dateline, or --date); time-relative checks skipped";

// A span of analysis text, located in the original file through the document's source map.
Location locate(const Document& doc, const LineIndex& lines, std::size_t text_begin,
                std::size_t text_end) {
  std::size_t begin = doc.original_offset(text_begin);
  std::size_t end = std::max(begin, doc.original_end(text_end));
  TextPosition a = lines.position(begin);
  TextPosition b = lines.position(end);
  return {begin, end - begin, a.line, a.column, b.line, b.column};
}

// The claim and a few words either side, within its sentence: enough to tell claims apart,
// little enough that edits elsewhere in a long sentence (or a heading glued to it) leave it be.
std::string claim_context(const std::string& text, const Sentence& sentence, std::size_t begin,
                          std::size_t end) {
  constexpr int kWordsEachSide = 6;
  auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
  std::size_t from = begin;
  for (int words = 0; from > sentence.begin && words <= kWordsEachSide;) {
    --from;
    if (is_space(text[from]) && from > sentence.begin && !is_space(text[from - 1])) ++words;
  }
  std::size_t to = end;
  for (int words = 0; to < sentence.end && words <= kWordsEachSide; ++to)
    if (is_space(text[to]) && to + 1 < sentence.end && !is_space(text[to + 1])) ++words;
  return text.substr(from, to - from);
}

// Candidates that share a record (two aliases of one event) cite it once.
std::vector<Evidence> unique_evidence(std::vector<Evidence> evidence) {
  std::vector<Evidence> out;
  for (Evidence& e : evidence) {
    bool seen = std::any_of(out.begin(), out.end(), [&](const Evidence& o) {
      return o.entity == e.entity && o.fact == e.fact && o.kb.file == e.kb.file &&
             o.kb.line == e.kb.line;
    });
    if (!seen) out.push_back(std::move(e));
  }
  return out;
}

// A claim the records did not contradict, about a time after the `as_of` of a knowledge file it
// needs: the reader must know that the records stop there, once per knowledge file.
void note_knowledge_age(const Claim& claim, const Assessment& a, const CheckContext& context,
                        std::set<std::string>& noted, std::vector<std::string>& notes) {
  // A contradiction stands on facts before as_of; anything else may be overtaken by later ones.
  if (a.verdict == Verdict::kContradicted || claim.negated) return;
  // Only claims judged at the time they speak of (now, by default) can be overtaken: an event's
  // stated date or toll is a fact about then, whatever the article's date.
  static const std::set<std::string> kTimeRelative = {"office_title", "age", "membership",
                                                      "duration", "relationship"};
  if (!kTimeRelative.count(claim.kind)) return;
  std::optional<ClaimTime> when = claim_time(claim, context);
  if (!when) return;
  for (const auto& [name, slot] : claim.slots) {
    if (!slot.mention || slot.mention->kind != MentionKind::kEntity) continue;
    for (const NameRef& ref : slot.mention->refs) {
      const Entity& e = context.kb.entities()[ref.entity];
      // Offices and places hold no dated facts of their own (who held an office is in the
      // people's files), and a title such as "Prime Minister" names dozens of them.
      if (e.type == EntityType::kOffice || e.type == EntityType::kPlace) continue;
      if (!a.subject.empty() && e.id != a.subject) continue;  // the entity the claim is about
      if (!e.as_of || when->period.begin() <= e.as_of->last_day()) continue;
      if (!noted.insert(e.where.file).second) continue;
      notes.push_back("knowledge current to " + e.as_of->iso() + "; later facts unverifiable (" +
                      e.where.file + ")");
    }
  }
}

// Two or more contradictions resting on one reading (the year of year-less dates) say the
// reading is wrong, not the copy: they become unverifiable, their findings `withdrawn`.
void withdraw_shared_misreadings(
    const std::map<std::string, std::vector<std::pair<size_t, size_t>>>& resting,
    FileReport& report, std::set<size_t>& withdrawn) {
  for (const auto& [reading, contradictions] : resting) {
    if (contradictions.size() < 2) continue;
    for (const auto& [claim, finding] : contradictions) {
      report.claims[claim].verdict = Verdict::kUnverifiable;
      report.claims[claim].note = reading;
      withdrawn.insert(finding);
    }
  }
}

// A contradiction that holds under a reading of the article two other claims of it hold
// under too ("Monday, July 1" in a 2022 gallery whose other year-less dates all fall on their
// weekdays in 2019) is that reading's, not a slip: unverifiable, its finding `withdrawn`.
void withdraw_other_readings(const std::vector<std::vector<std::string>>& holds_under,
                             const std::vector<std::pair<size_t, size_t>>& contradictions,
                             FileReport& report, std::set<size_t>& withdrawn) {
  std::map<std::string, std::set<size_t>> claims_by_reading;
  for (size_t claim = 0; claim < holds_under.size(); ++claim)
    for (const std::string& reading : holds_under[claim]) claims_by_reading[reading].insert(claim);
  for (const auto& [claim, finding] : contradictions) {
    // The reading most claims share; of equals, the last (the latest year: 2013 and 2019
    // share a calendar, and a 2022 article more likely looks back three years than nine).
    const std::string* best = nullptr;
    for (const std::string& reading : holds_under[claim])
      if (!best || claims_by_reading[reading].size() >= claims_by_reading[*best].size())
        best = &reading;
    if (!best || claims_by_reading[*best].size() < 3) continue;  // this claim and two others
    report.claims[claim].verdict = Verdict::kUnverifiable;
    report.claims[claim].note = *best;
    withdrawn.insert(finding);
  }
}

void drop_findings(const std::set<size_t>& withdrawn, FileReport& report) {
  if (withdrawn.empty()) return;
  std::vector<Finding> kept;
  for (size_t i = 0; i < report.findings.size(); ++i)
    if (!withdrawn.count(i)) kept.push_back(std::move(report.findings[i]));
  report.findings = std::move(kept);
}

// The days after publication the article tells of by a date with its year and at least its
// month ("in May 2019", "on Jan. 9, 2025"): what a page updated after its date reports. At
// most kMaxLaterDays, the latest kept.
std::vector<Day> later_told_days(std::string_view text, const std::vector<Sentence>& sentences,
                                 const TimeContext& time_context) {
  constexpr std::size_t kMaxLaterDays = 16;
  std::set<Day> days;
  if (!time_context.reference) return {};
  // Only a sentence that writes a year from publication's on can tell of a later day: the
  // recogniser runs on those alone (the check proper reads every sentence again).
  static const RE2 kYear(R"((?:^|[^0-9])([12][0-9]{3})(?:[^0-9]|$))");
  auto writes_a_later_year = [&](const Sentence& sentence) {
    re2::StringPiece rest(text.data() + sentence.begin, sentence.end - sentence.begin);
    int year = 0;
    while (RE2::FindAndConsume(&rest, kYear, &year))
      if (year >= time_context.reference->year()) return true;
    return false;
  };
  for (const Sentence& sentence : sentences) {
    if (sentence.end - sentence.begin > kMaxSentenceBytes || !writes_a_later_year(sentence))
      continue;
    for (const TimeExpression& t :
         find_time_expressions(text, sentence.begin, sentence.end, time_context)) {
      if (t.relative || !t.period || t.type != "DATE" || !writes_year(t.text) ||
          (t.grain != TimeGrain::kDay && t.grain != TimeGrain::kMonth))
        continue;
      if (t.period->begin() > *time_context.reference) days.insert(t.period->begin());
      if (days.size() > kMaxLaterDays) days.erase(days.begin());
    }
  }
  return {days.begin(), days.end()};
}

// A contradiction judged at the publication date that holds on a later day the article tells
// of ("Rishi Sunak, a former UK prime minister" on a 2022 page that goes on to 2025) is the
// page's update, not a slip: unverifiable.
void allow_for_updates(const Claim& claim, const CheckContext& context,
                       const std::vector<Day>& later_days, Assessment& a) {
  if (a.verdict != Verdict::kContradicted || later_days.empty() ||
      !judged_at_publication(a.judged_at))
    return;
  for (Day day : later_days) {
    CheckContext later = context;
    later.published = day;
    if (claim.rule->check->assess(claim, later).verdict != Verdict::kConsistent) continue;
    Assessment updated;
    updated.subject = a.subject;
    updated.judged_at = a.judged_at;
    updated.note = "true on " + iso_day(day) +
                   ", a later day the article tells of: a page updated after its date";
    a = std::move(updated);
    return;
  }
}

}  // namespace

FileReport Checker::check(Document doc, const RunOptions& options) const {
  // Fault injection for the tests of fault isolation (tests/e2e/robust_test.cpp): a path
  // containing the variable's value fails as a bug would.
  if (const char* fault = std::getenv("FACTLINT_INJECT_FAULT");
      fault && *fault && doc.path.find(fault) != std::string::npos)
    throw std::logic_error("injected fault (FACTLINT_INJECT_FAULT)");
  FileReport report;
  report.path = doc.path;
  if (options.date_override) {
    doc.published = options.date_override;
    doc.published_from = "--date";
    // Otherwise a reader may have set it from the format's own metadata (ninjs, HTML meta).
  }
  std::string date_hint;
  if (!doc.published)
    if (auto p = find_publication_date(doc, &date_hint)) {
      doc.published = p->day;
      doc.published_from = p->source;
    }
  report.published = doc.published;
  report.published_from = doc.published_from;
  if (!doc.published)
    report.notes.push_back(std::string(kNoPublicationDateNote) +
                           (date_hint.empty() ? "" : " (" + date_hint + ")"));

  TimeContext time_context;
  time_context.reference = doc.published;
  time_context.direction = options.direction;
  time_context.numeric_order = options.numeric_order;
  CheckContext check_context{*kb_, doc.published};
  LineIndex lines(doc.original);
  std::vector<Mention> earlier_mentions;
  Coreference people(*kb_);  // second references to people named earlier in the document
  check_context.text = doc.text;
  check_context.earlier_mentions = &earlier_mentions;
  std::vector<Statement> statements;          // for the document-level internal check
  std::vector<Sentence> statement_sentences;  // the sentence of each statement

  // The order assertions, in text order, for the document-level order graph.
  std::vector<OrderAssertion> orders;
  std::set<std::string> age_noted;  // knowledge files whose as_of the report already notes
  // Contradictions resting on a reading the article may not share (Assessment::rests_on), as
  // (claim, finding) indices by reading.
  std::map<std::string, std::vector<std::pair<size_t, size_t>>> resting;
  // Per claim, the other readings it holds under; and the contradictions that have some, as
  // (claim, finding) indices.
  std::vector<std::vector<std::string>> holds_under;
  std::vector<std::pair<size_t, size_t>> other_readings;
  std::string_view checked_text(doc.text);
  if (checked_text.size() > kMaxDocumentBytes) {
    checked_text = checked_text.substr(0, kMaxDocumentBytes);
    report.notes.push_back("the text is longer than " + std::to_string(kMaxDocumentBytes >> 20) +
                           " MB: only the first " + std::to_string(kMaxDocumentBytes >> 20) +
                           " MB checked");
  }
  std::vector<Sentence> sentences = split_sentences(checked_text);
  std::vector<Day> later_days = later_told_days(doc.text, sentences, time_context);
  for (const Sentence& sentence : sentences) {
    if (options.cancel && options.cancel->load()) {
      report.notes.push_back("check cancelled before the end of the text");
      break;
    }
    if (sentence.end - sentence.begin > kMaxSentenceBytes) {
      report.notes.push_back(
          "line " + std::to_string(lines.position(doc.original_offset(sentence.begin)).line) +
          ": a sentence of " + std::to_string(sentence.end - sentence.begin) +
          " bytes (more than " + std::to_string(kMaxSentenceBytes) + "): not read for claims");
      continue;
    }
    // Parsed once, when a later stage first asks; every stage reads the same parse.
    SentenceParse parse(doc.text, sentence.begin, sentence.end);
    check_context.sentence_parse = &parse;
    SentenceMentions mentions = recognise(doc.text, sentence, *kb_, time_context);
    // "the next day" in a later sentence counts from the last day the article named.
    for (const Mention& m : mentions.items)
      if (m.kind == MentionKind::kTime) update_anchor(time_context, m.time);
    people.resolve(doc.text, mentions);
    for (const Claim& claim : extract_claims(doc.text, mentions, *rules_, *kb_, &parse)) {
      Assessment a = claim.rule->check->assess(claim, check_context);
      allow_for_updates(claim, check_context, later_days, a);
      note_knowledge_age(claim, a, check_context, age_noted, report.notes);
      statements.push_back(statement_of(claim, a, *kb_));
      statement_sentences.push_back(sentence);
      // An order relates two time points: it gives no single value for its subject.
      if (claim.kind == "order") statements.back().period.reset();
      if (auto order = order_assertion_of(claim, check_context)) {
        order->statement = statements.size() - 1;
        orders.push_back(std::move(*order));
      }
      ClaimRecord record;
      record.kind = claim.kind;
      record.rule = claim.rule->id;
      record.where = locate(doc, lines, claim.begin, claim.end);
      record.text = doc.original.substr(record.where.offset, record.where.length);
      record.subject = a.subject;
      record.verdict = a.verdict;
      record.expected = a.expected;
      record.note = a.note;
      record.path = claim.path;
      record.judged_at = a.judged_at;
      record.negated = claim.negated;
      record.quoted = claim.quoted;
      report.claims.push_back(record);
      holds_under.push_back(std::move(a.holds_under));
      if (a.verdict != Verdict::kContradicted) continue;
      Finding f;
      f.rule = claim.rule->id;
      f.rule_description = claim.rule->description;
      f.rule_help_uri = rule_help_uri(*claim.rule);
      f.kind = claim.kind;
      // A claim inside a quotation is the speaker's, not the article's: report, don't fail.
      f.severity = claim.quoted ? Severity::kInfo : claim.rule->severity;
      f.quoted = claim.quoted;
      f.where = record.where;
      f.excerpt = record.text;
      f.message = claim.quoted ? "In a quotation: " + a.message : a.message;
      f.expected = a.expected;
      f.found = a.found;
      f.subject = a.subject;
      f.evidence = unique_evidence(std::move(a.evidence));
      f.sentence = claim_context(doc.text, sentence, claim.begin, claim.end);
      if (!a.rests_on.empty())
        resting[a.rests_on].emplace_back(report.claims.size() - 1, report.findings.size());
      if (!holds_under.back().empty())
        other_readings.emplace_back(report.claims.size() - 1, report.findings.size());
      report.findings.push_back(std::move(f));
    }
    for (const Mention& m : mentions.items)
      if (m.kind == MentionKind::kEntity) earlier_mentions.push_back(m);
  }
  check_context.sentence_parse = nullptr;  // it pointed at the last sentence's
  std::set<size_t> withdrawn;
  withdraw_shared_misreadings(resting, report, withdrawn);
  withdraw_other_readings(holds_under, other_readings, report, withdrawn);
  drop_findings(withdrawn, report);
  // A finding about the article as a whole is a claim of its own too, contradicted.
  auto add_document_finding = [&report](Finding f) {
    ClaimRecord record;
    record.kind = f.kind;
    record.rule = f.rule;
    record.where = f.where;
    record.text = f.excerpt;
    record.subject = f.subject;
    record.verdict = Verdict::kContradicted;
    record.expected = f.expected;
    report.claims.push_back(std::move(record));
    report.findings.push_back(std::move(f));
  };
  for (const InternalConflict& c : find_internal_conflicts(statements, *kb_)) {
    const Statement& later = statements[c.later];
    const Statement& earlier = statements[c.earlier];
    Finding f;
    f.rule = "internal-consistency";
    f.rule_description = "One article must not give the same fact two values.";
    f.kind = "internal";
    f.severity = Severity::kError;
    f.where = locate(doc, lines, later.begin, later.end);
    f.excerpt = doc.original.substr(f.where.offset, f.where.length);
    f.message = c.message;
    f.expected = c.expected;
    f.found = c.found;
    f.subject = c.subject;
    Location said_at = locate(doc, lines, earlier.begin, earlier.end);
    f.evidence.push_back({c.subject, "stated " + c.expected, "",
                          SourcePosition{doc.path, said_at.line, said_at.column}});
    f.sentence = claim_context(doc.text, statement_sentences[c.later], later.begin, later.end);
    add_document_finding(std::move(f));
  }
  for (const OrderConflict& c : find_order_conflicts(orders, statements, *kb_)) {
    const OrderAssertion& closing = orders[c.assertion];
    Finding f;
    f.rule = "internal-order";
    f.rule_description =
        "An order the article states (before, after, ahead of) must agree with the dates it "
        "and the records give.";
    f.kind = "internal";
    f.severity = Severity::kError;
    f.where = locate(doc, lines, closing.begin, closing.end);
    f.excerpt = doc.original.substr(f.where.offset, f.where.length);
    f.message = c.message;
    f.expected = c.expected;
    f.found = c.found;
    f.subject = c.subject;
    f.evidence = c.evidence;
    for (const OrderConflict::Said& said : c.said) {
      Location at = locate(doc, lines, said.begin, said.end);
      f.evidence.push_back(
          {said.subject, said.fact, "", SourcePosition{doc.path, at.line, at.column}});
    }
    f.sentence =
        claim_context(doc.text, statement_sentences[closing.statement], closing.begin, closing.end);
    add_document_finding(std::move(f));
  }
  report.original = std::make_shared<const std::string>(std::move(doc.original));
  return report;
}

}  // namespace factlint
