// JSON reporter: the contract of SPEC.md ("JSON output").
#include <nlohmann/json.hpp>

#include "report/reporter.h"

namespace factlint {

namespace {

using nlohmann::ordered_json;

ordered_json evidence_json(const Evidence& e) {
  return ordered_json{{"entity", e.entity},
                      {"fact", e.fact},
                      {"source", e.source},
                      {"kb_file", e.kb.file},
                      {"kb_line", e.kb.line}};
}

ordered_json finding_json(const Finding& f) {
  ordered_json evidence = ordered_json::array();
  for (const Evidence& e : f.evidence) evidence.push_back(evidence_json(e));
  return ordered_json{{"rule", f.rule},
                      {"kind", f.kind},
                      {"severity", severity_name(f.severity)},
                      {"line", f.where.line},
                      {"column", f.where.column},
                      {"end_line", f.where.end_line},
                      {"end_column", f.where.end_column},
                      {"offset", f.where.offset},
                      {"length", f.where.length},
                      {"excerpt", f.excerpt},
                      {"message", f.message},
                      {"expected", f.expected},
                      {"found", f.found},
                      {"quoted", f.quoted},
                      {"evidence", evidence}};
}

ordered_json claim_json(const ClaimRecord& c) {
  ordered_json j{{"kind", c.kind},
                 {"rule", c.rule},
                 {"line", c.where.line},
                 {"column", c.where.column},
                 {"end_line", c.where.end_line},
                 {"end_column", c.where.end_column},
                 {"text", c.text},
                 {"subject", c.subject},
                 {"verdict", verdict_name(c.verdict)}};
  if (!c.expected.empty()) j["expected"] = c.expected;
  if (!c.note.empty()) j["note"] = c.note;
  if (!c.path.empty()) j["path"] = c.path;
  if (!c.judged_at.empty()) j["judged_at"] = c.judged_at;
  return j;
}

class JsonReporter final : public Reporter {
 public:
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    ordered_json root;
    root["tool"] = {{"name", "factlint"}, {"version", FACTLINT_VERSION}};
    ordered_json jfiles = ordered_json::array();
    for (const FileReport& f : files) {
      ordered_json jf;
      jf["path"] = f.path;
      jf["published"] = f.published ? ordered_json(iso_day(*f.published)) : ordered_json(nullptr);
      if (f.published) jf["published_from"] = f.published_from;
      ordered_json claims = ordered_json::array();
      for (const ClaimRecord& c : f.claims) claims.push_back(claim_json(c));
      jf["claims"] = claims;
      ordered_json findings = ordered_json::array();
      for (const Finding& x : f.findings) findings.push_back(finding_json(x));
      jf["findings"] = findings;
      if (!f.notes.empty()) jf["notes"] = f.notes;
      jfiles.push_back(jf);
    }
    root["files"] = jfiles;
    Summary s = summarize(files);
    root["summary"] = {{"files", s.files},  {"claims", s.claims},    {"findings", s.findings},
                       {"error", s.errors}, {"warning", s.warnings}, {"info", s.infos}};
    out << root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter() {
  return std::make_unique<JsonReporter>();
}

}  // namespace factlint
