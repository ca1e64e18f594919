// Checker: read date -> segment -> recognise -> extract -> check, one sentence at a time.
#include "engine/checker.h"

#include "check/check.h"
#include "extract/extractor.h"
#include "read/publication_date.h"
#include "recognise/mentions.h"
#include "segment/sentences.h"

namespace factlint {

namespace {

Location locate(const LineIndex& lines, std::size_t begin, std::size_t end) {
  TextPosition a = lines.position(begin);
  TextPosition b = lines.position(end);
  return {begin, end - begin, a.line, a.column, b.line, b.column};
}

}  // namespace

FileReport Checker::check(Document doc, const RunOptions& options) const {
  FileReport report;
  report.path = doc.path;
  if (options.date_override) {
    doc.published = options.date_override;
    doc.published_from = "--date";
  } else if (auto p = find_publication_date(doc)) {
    doc.published = p->day;
    doc.published_from = p->source;
  }
  report.published = doc.published;
  report.published_from = doc.published_from;
  if (!doc.published)
    report.notes.push_back(
        "no publication date found (front matter date:, a 'date YYYY-MM-DD' first line, a "
        "dateline, or --date); time-relative checks skipped");

  TimeContext time_context;
  time_context.reference = doc.published;
  time_context.direction = options.direction;
  time_context.numeric_order = options.numeric_order;
  CheckContext check_context{*kb_, doc.published};
  LineIndex lines(doc.original);

  for (const Sentence& sentence : split_sentences(doc.text)) {
    SentenceMentions mentions = recognise(doc.text, sentence, *kb_, time_context);
    for (const Claim& claim : extract_claims(doc.text, mentions, *rules_, *kb_)) {
      Assessment a = claim.rule->check->assess(claim, check_context);
      ClaimRecord record;
      record.kind = claim.kind;
      record.rule = claim.rule->id;
      record.where = locate(lines, claim.begin, claim.end);
      record.text = doc.original.substr(claim.begin, claim.end - claim.begin);
      record.subject = a.subject;
      record.verdict = a.verdict;
      record.expected = a.expected;
      record.note = a.note;
      record.negated = claim.negated;
      record.quoted = claim.quoted;
      report.claims.push_back(record);
      if (a.verdict != Verdict::kContradicted) continue;
      Finding f;
      f.rule = claim.rule->id;
      f.rule_description = claim.rule->description;
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
      f.evidence = std::move(a.evidence);
      report.findings.push_back(std::move(f));
    }
  }
  report.original = std::make_shared<const std::string>(std::move(doc.original));
  return report;
}

}  // namespace factlint
