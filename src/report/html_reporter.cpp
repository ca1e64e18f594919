// HTML reporter: review pages an editor reads. Per article, its text with every claim
// highlighted by verdict and a margin note per finding (the copy against the records, the
// evidence and its sources); for a run, an index with a row per file, totals per rule and kind,
// and an SVG chart. Pages are self-contained: the stylesheet and templates from reports/ are
// embedded at build time, and a Content-Security-Policy forbids script and network.
//
//   --output DIR/   DIR/index.html and DIR/<article>.html (each written atomically)
//   stdout          the article page when one file was checked
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/text.h"
#include "report/html_escape.h"
#include "report/links.h"
#include "report/page_template.h"
#include "report/report_assets.h"
#include "report/reporter.h"
#include "report/svg_chart.h"

namespace factlint {

namespace {

namespace fs = std::filesystem;

const Verdict kVerdicts[] = {Verdict::kContradicted, Verdict::kUnverifiable, Verdict::kConsistent};
const Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};

std::string plural(int n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A path as an href: percent-encodes what would end or bend a URL path.
std::string path_href(const std::string& path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (is_ascii_alpha(static_cast<char>(c)) || is_ascii_digit(static_cast<char>(c)) ||
        std::string_view("-._~/").find(static_cast<char>(c)) != std::string_view::npos ||
        c >= 0x80) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return html_escape(out);
}

// The source URL without its scheme, short enough for a margin.
std::string link_text(const std::string& url) {
  std::size_t scheme = url.find("://");
  std::string rest = scheme == std::string::npos ? url : url.substr(scheme + 3);
  if (rest.rfind("www.", 0) == 0) rest = rest.substr(4);
  return rest;
}

// Page names for the articles: the file name, made safe, numbered when two files share one.
std::vector<std::string> page_names(const std::vector<FileReport>& files) {
  std::vector<std::string> names;
  std::set<std::string> taken = {"index.html"};
  for (const FileReport& f : files) {
    std::string base = fs::path(f.path).filename().string();
    std::string safe;
    for (char c : base)
      safe += is_ascii_alpha(c) || is_ascii_digit(c) || c == '-' || c == '_' || c == '.' ? c : '-';
    while (!safe.empty() && safe.front() == '.') safe.erase(0, 1);
    if (safe.empty()) safe = "stdin";
    std::string name = safe + ".html";
    for (int n = 2; taken.count(name); ++n) name = safe + "-" + std::to_string(n) + ".html";
    taken.insert(name);
    names.push_back(name);
  }
  return names;
}

// A highlighted span of the article: a claim, and the finding on it if there is one.
struct Highlight {
  std::size_t begin = 0;
  std::size_t end = 0;
  Verdict verdict = Verdict::kUnverifiable;
  int claim = 0;    // 1-based claim number; 0 for a finding without a claim record
  int finding = 0;  // 1-based finding number; 0 when the claim has no finding
  std::string title;
};

std::vector<Highlight> highlights(const FileReport& f) {
  std::vector<Highlight> out;
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    const ClaimRecord& c = f.claims[i];
    Highlight h;
    h.begin = c.where.offset;
    h.end = c.where.offset + c.where.length;
    h.verdict = c.verdict;
    h.claim = static_cast<int>(i) + 1;
    h.title = std::string(verdict_name(c.verdict)) + " (" + c.kind + ")";
    if (!c.expected.empty()) h.title += ": records hold " + c.expected;
    if (!c.note.empty()) h.title += ": " + c.note;
    out.push_back(h);
  }
  for (std::size_t i = 0; i < f.findings.size(); ++i) {
    const Finding& x = f.findings[i];
    auto same = std::find_if(out.begin(), out.end(), [&](const Highlight& h) {
      return h.finding == 0 && h.claim > 0 && h.begin == x.where.offset &&
             h.end == x.where.offset + x.where.length &&
             f.claims[static_cast<std::size_t>(h.claim - 1)].rule == x.rule;
    });
    if (same != out.end()) {
      same->finding = static_cast<int>(i) + 1;
      continue;
    }
    Highlight h;
    h.begin = x.where.offset;
    h.end = x.where.offset + x.where.length;
    h.verdict = Verdict::kContradicted;
    h.finding = static_cast<int>(i) + 1;
    h.title = x.message;
    out.push_back(h);
  }
  // Outer spans open first, so overlapping highlights nest in a stable order.
  std::stable_sort(out.begin(), out.end(), [](const Highlight& a, const Highlight& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  return out;
}

std::string highlight_id(const Highlight& h) {
  return h.claim > 0 ? "claim-" + std::to_string(h.claim) : "finding-" + std::to_string(h.finding);
}

std::string note_html(const Finding& x, int number, const std::string& anchor,
                      const std::string& directory) {
  std::string severity = severity_name(x.severity);
  std::ostringstream out;
  out << "<aside class=\"note " << severity << "\" id=\"note-" << number << "\" data-finding=\""
      << number << "\">\n<div class=\"head\"><span class=\"num\">" << number
      << "</span><span class=\"badge " << severity << "\">" << severity << "</span><a href=\"#"
      << anchor << "\">line " << x.where.line << ":" << x.where.column
      << "</a><span class=\"rule\">" << html_escape(x.rule)
      << "</span></div>\n<p class=\"message\">" << html_escape(x.message)
      << "</p>\n<table class=\"versus\"><tr><th>Copy says</th><td>“" << html_escape(x.excerpt)
      << "”";
  if (!x.found.empty() && x.found != x.excerpt)
    out << " <span class=\"mono\">(" << html_escape(x.found) << ")</span>";
  out << "</td></tr><tr><th>Records hold</th><td>"
      << html_escape(x.expected.empty() ? "see the evidence" : x.expected)
      << "</td></tr></table>\n";
  if (x.quoted)
    out << "<p class=\"quoted\">Inside a quotation: the speaker's claim, not the article's.</p>\n";
  if (!x.evidence.empty()) {
    out << "<ul class=\"evidence\">\n";
    for (const Evidence& e : x.evidence) {
      out << "<li><code>" << html_escape(e.entity) << "</code>: " << html_escape(e.fact);
      std::string link = safe_link(e.source);
      if (!link.empty())
        out << " · <a href=\"" << html_escape(link) << "\">" << html_escape(link_text(link))
            << "</a>";
      else if (!e.source.empty())
        out << " · " << html_escape(e.source);
      if (!e.kb.file.empty())
        out << " · knowledge base <a class=\"kb\" href=\""
            << html_escape(file_link(e.kb.file, e.kb.line, directory)) << "\">"
            << html_escape(e.kb.file) << ":" << e.kb.line << "</a>";
      out << "</li>\n";
    }
    out << "</ul>\n";
  }
  out << "</aside>\n";
  return out.str();
}

// One row of the article: source lines shown together (a line of plain text; a paragraph or a
// heading of Markdown, as an editor shows it), `skip` bytes of block markup ("## ") left out.
struct ArticleRow {
  int first = 0;  // 1-based source lines [first, last]
  int last = 0;
  std::size_t skip = 0;
  bool heading = false;
  bool code = false;
};

bool is_markdown_path(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".md" || ext == ".markdown" || ext == ".mdx";
}

// Markdown as an editor reads it: front matter hidden, blank lines dropped, a paragraph's hard-
// wrapped lines joined into one row, headings on their own without their '#'. Fenced code keeps
// a row per line. Every source line keeps its number (the row's range, and an anchor each).
std::vector<ArticleRow> markdown_rows(const LineIndex& lines) {
  std::vector<ArticleRow> rows;
  int n = 1;
  int count = lines.line_count();
  if (count > 0 && trim(lines.line_text(1)) == "---") {  // front matter: hidden
    for (int i = 2; i <= count; ++i)
      if (trim(lines.line_text(i)) == "---" || trim(lines.line_text(i)) == "...") {
        n = i + 1;
        break;
      }
  }
  auto is_fence = [](std::string_view t) {
    t = trim(t);
    return t.substr(0, 3) == "```" || t.substr(0, 3) == "~~~";
  };
  auto heading_marker = [](std::string_view t) -> std::size_t {
    std::size_t i = 0;
    while (i < t.size() && t[i] == ' ' && i < 3) ++i;
    std::size_t hashes = 0;
    while (i + hashes < t.size() && t[i + hashes] == '#') ++hashes;
    if (hashes == 0 || hashes > 6) return 0;
    if (i + hashes < t.size() && t[i + hashes] != ' ') return 0;
    return std::min(t.size(), i + hashes + 1);
  };
  bool in_fence = false;
  while (n <= count) {
    std::string_view t = lines.line_text(n);
    if (is_fence(t) || in_fence) {
      if (is_fence(t)) in_fence = !in_fence;
      rows.push_back({n, n, 0, false, true});
      ++n;
      continue;
    }
    if (trim(t).empty()) {
      ++n;
      continue;
    }
    if (std::size_t marker = heading_marker(t)) {
      rows.push_back({n, n, marker, true, false});
      ++n;
      continue;
    }
    ArticleRow row{n, n, 0, false, false};
    while (row.last + 1 <= count) {
      std::string_view next = lines.line_text(row.last + 1);
      if (trim(next).empty() || is_fence(next) || heading_marker(next)) break;
      ++row.last;
    }
    rows.push_back(row);
    n = row.last + 1;
  }
  return rows;
}

// The article, one grid row per source line (per paragraph for Markdown): number, text with
// nested <mark>s, margin notes.
std::string article_html(const FileReport& f, const std::string& directory) {
  std::string_view text = f.original ? std::string_view(*f.original) : std::string_view();
  LineIndex lines(text);
  std::vector<Highlight> marks = highlights(f);
  std::vector<bool> opened(marks.size(), false);
  std::map<int, std::vector<std::size_t>> notes_by_line;
  for (std::size_t i = 0; i < f.findings.size(); ++i)
    notes_by_line[f.findings[i].where.line].push_back(i);
  std::map<int, std::string> anchor_of_finding;
  for (const Highlight& h : marks)
    if (h.finding > 0) anchor_of_finding[h.finding] = highlight_id(h);

  std::vector<ArticleRow> rows;
  if (is_markdown_path(f.path)) {
    rows = markdown_rows(lines);
  } else {
    for (int n = 1; n <= lines.line_count(); ++n) rows.push_back({n, n, 0, false, false});
  }

  // The text of [start, stop) with the marks that cover each piece of it.
  auto write_text = [&](std::ostringstream& out, std::size_t start, std::size_t stop) {
    // Cut wherever a highlight begins or ends; each piece is wrapped in the marks that cover
    // it, so spans that overlap or cross lines still close where they should.
    std::set<std::size_t> cuts = {start, stop};
    for (const Highlight& h : marks) {
      if (h.begin > start && h.begin < stop) cuts.insert(h.begin);
      if (h.end > start && h.end < stop) cuts.insert(h.end);
    }
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
      std::size_t a = *it;
      std::size_t b = *std::next(it);
      std::vector<std::size_t> covering;
      for (std::size_t i = 0; i < marks.size(); ++i)
        if (marks[i].begin <= a && marks[i].end >= b && marks[i].begin < marks[i].end)
          covering.push_back(i);
      for (std::size_t i : covering) {
        const Highlight& h = marks[i];
        out << "<mark class=\"hl " << verdict_name(h.verdict) << "\"";
        if (!opened[i]) out << " id=\"" << highlight_id(h) << "\"";
        if (h.finding > 0 && !opened[i]) out << " data-finding=\"" << h.finding << "\"";
        out << " title=\"" << html_escape(h.title) << "\">";
        opened[i] = true;
      }
      out << html_escape(text.substr(a, b - a));
      for (std::size_t k = covering.size(); k-- > 0;) out << "</mark>";
      for (std::size_t i : covering)
        if (marks[i].end == b && marks[i].finding > 0)
          out << "<sup class=\"ref\"><a href=\"#note-" << marks[i].finding << "\">"
              << marks[i].finding << "</a></sup>";
    }
  };

  std::ostringstream out;
  for (const ArticleRow& row : rows) {
    bool has_notes = false;
    for (int n = row.first; n <= row.last; ++n) has_notes |= notes_by_line.count(n) > 0;
    std::string number = std::to_string(row.first);
    if (row.last > row.first) number += "–" + std::to_string(row.last);
    out << "<div class=\"line" << (has_notes ? " has-note" : "") << (row.heading ? " md-h" : "")
        << (row.code ? " md-code" : "") << "\" id=\"L" << row.first << "\"><span class=\"ln\">"
        << number << "</span><div class=\"tx\">";
    for (int n = row.first; n <= row.last; ++n) {
      std::string_view line = lines.line_text(n);
      std::size_t start = static_cast<std::size_t>(line.data() - text.data());
      std::size_t stop = start + line.size();
      // Later lines of a paragraph keep an anchor, so "#L12" still finds line 12.
      if (n > row.first) out << " <span class=\"src-line\" id=\"L" << n << "\"></span>";
      write_text(out, n == row.first ? std::min(stop, start + row.skip) : start, stop);
    }
    out << "</div><div class=\"margin\">";
    for (int n = row.first; n <= row.last; ++n) {
      auto notes = notes_by_line.find(n);
      if (notes == notes_by_line.end()) continue;
      for (std::size_t i : notes->second) {
        int number_of = static_cast<int>(i) + 1;
        out << note_html(f.findings[i], number_of, anchor_of_finding[number_of], directory);
      }
    }
    out << "</div></div>\n";
  }
  return out.str();
}

std::string summary_table(const FileReport& f) {
  if (f.claims.empty()) return "<p>No checkable claim was found in this article.</p>";
  std::map<std::string, std::map<Verdict, int>> by_kind;
  for (const ClaimRecord& c : f.claims) ++by_kind[c.kind][c.verdict];
  std::ostringstream out;
  out << "<table class=\"summary\"><thead><tr><th>Kind</th>";
  for (Verdict v : kVerdicts) out << "<th class=\"num\">" << verdict_name(v) << "</th>";
  out << "<th class=\"num\">claims</th></tr></thead><tbody>\n";
  std::map<Verdict, int> totals;
  for (const auto& [kind, counts] : by_kind) {
    out << "<tr><td><code>" << html_escape(kind) << "</code></td>";
    int all = 0;
    for (Verdict v : kVerdicts) {
      int n = counts.count(v) ? counts.at(v) : 0;
      all += n;
      totals[v] += n;
      out << "<td class=\"num" << (n == 0 ? " zero" : "") << "\">" << n << "</td>";
    }
    out << "<td class=\"num\">" << all << "</td></tr>\n";
  }
  out << "<tr class=\"total\"><td>all kinds</td>";
  for (Verdict v : kVerdicts) out << "<td class=\"num\">" << totals[v] << "</td>";
  out << "<td class=\"num\">" << f.claims.size() << "</td></tr>\n</tbody></table>";
  return out.str();
}

std::string findings_list(const FileReport& f) {
  if (f.findings.empty()) return "";
  std::ostringstream out;
  out << "<h2>Findings</h2>\n<ol class=\"findings-list\">\n";
  for (std::size_t i = 0; i < f.findings.size(); ++i) {
    const Finding& x = f.findings[i];
    std::string severity = severity_name(x.severity);
    out << "<li><a href=\"#note-" << i + 1 << "\">line " << x.where.line << ":" << x.where.column
        << "</a> <span class=\"badge " << severity << "\">" << severity << "</span> "
        << html_escape(x.message) << "</li>\n";
  }
  out << "</ol>";
  return out.str();
}

std::string claims_table(const FileReport& f) {
  if (f.claims.empty()) return "<p>None.</p>";
  std::ostringstream out;
  out << "<table class=\"claims wide\"><thead><tr><th class=\"num\">#</th><th>Line</th>"
         "<th>Kind</th><th>Claim</th><th>Verdict</th><th>About</th><th>Records / note</th>"
         "</tr></thead><tbody>\n";
  for (std::size_t i = 0; i < f.claims.size(); ++i) {
    const ClaimRecord& c = f.claims[i];
    std::string verdict = verdict_name(c.verdict);
    std::string records = c.expected;
    if (!c.note.empty()) records += (records.empty() ? "" : "; ") + c.note;
    if (c.quoted) records += (records.empty() ? "" : "; ") + std::string("in a quotation");
    if (c.negated) records += (records.empty() ? "" : "; ") + std::string("negated");
    out << "<tr><td class=\"num\"><a href=\"#claim-" << i + 1 << "\">" << i + 1 << "</a></td><td>"
        << c.where.line << ":" << c.where.column << "</td><td><code>" << html_escape(c.kind)
        << "</code></td><td>" << html_escape(c.text) << "</td><td><span class=\"badge " << verdict
        << "\">" << verdict << "</span></td><td><code>" << html_escape(c.subject)
        << "</code></td><td>" << html_escape(records) << "</td></tr>\n";
  }
  out << "</tbody></table>";
  return out.str();
}

std::string severity_badges(const Summary& s) {
  if (s.findings == 0)
    return "<span class=\"badge clean\">no findings</span> " + plural(s.claims, "claim", "claims") +
           " checked, none contradicted by the records";
  std::string out;
  for (const auto& [n, one, many] :
       {std::tuple{s.errors, "error", "errors"}, std::tuple{s.warnings, "warning", "warnings"},
        std::tuple{s.infos, "info", "infos"}})
    if (n > 0)
      out += "<span class=\"badge " + std::string(one) + "\">" + plural(n, one, many) + "</span> ";
  return out + "in " + plural(s.claims, "claim", "claims") + " checked";
}

std::string article_page(const FileReport& f, const std::string& directory, bool in_directory) {
  std::string meta = "Published ";
  meta += f.published
              ? html_escape(iso_day(*f.published)) + " (" + html_escape(f.published_from) + ")"
              : "on an unknown date (time-relative checks skipped)";
  meta += " · source <a href=\"" + html_escape(file_link(f.path, 0, directory)) + "\">" +
          html_escape(f.path) + "</a>";
  std::string notes;
  if (!f.notes.empty()) {
    notes = "<ul class=\"notes-list\">";
    for (const std::string& n : f.notes) notes += "<li>" + html_escape(n) + "</li>";
    notes += "</ul>";
  }
  return fill_template(
      kArticleHtml,
      {{"version", FACTLINT_VERSION},
       {"style", std::string(kReportCss)},
       {"title", html_escape(f.path)},
       {"crumbs", in_directory ? "<a href=\"index.html\">← all files</a>" : "factlint review"},
       {"meta", meta},
       {"verdict_line", severity_badges(summarize({f}))},
       {"summary_table", summary_table(f)},
       {"notes", notes},
       {"findings_list", findings_list(f)},
       {"article", article_html(f, directory)},
       {"claims_table", claims_table(f)}});
}

std::string count_cell(int n) {
  return "<td class=\"num" + std::string(n == 0 ? " zero" : "") + "\">" + std::to_string(n) +
         "</td>";
}

std::string index_page(const std::vector<FileReport>& files,
                       const std::vector<std::string>& pages) {
  std::ostringstream table;
  table << "<table class=\"files wide\"><thead><tr><th>File</th><th>Published</th>"
           "<th class=\"num\">claims</th><th class=\"num\">errors</th>"
           "<th class=\"num\">warnings</th><th class=\"num\">infos</th></tr></thead><tbody>\n";
  for (std::size_t i = 0; i < files.size(); ++i) {
    const FileReport& f = files[i];
    Summary s = summarize({f});
    table << "<tr><td><a href=\"" << path_href(pages[i]) << "\">" << html_escape(f.path)
          << "</a></td><td>" << (f.published ? iso_day(*f.published) : "unknown") << "</td>"
          << count_cell(s.claims) << count_cell(s.errors) << count_cell(s.warnings)
          << count_cell(s.infos) << "</tr>\n";
  }
  Summary all = summarize(files);
  table << "<tr class=\"total\"><td>" << plural(all.files, "file", "files") << "</td><td></td>"
        << count_cell(all.claims) << count_cell(all.errors) << count_cell(all.warnings)
        << count_cell(all.infos) << "</tr>\n</tbody></table>";

  struct RuleTotals {
    std::string kind;
    std::map<Severity, int> by_severity;
    int all = 0;
  };
  std::map<std::string, RuleTotals> rules;
  std::map<std::string, std::map<Verdict, int>> kinds;
  std::map<std::string, int> kind_findings;
  for (const FileReport& f : files) {
    for (const ClaimRecord& c : f.claims) ++kinds[c.kind][c.verdict];
    for (const Finding& x : f.findings) {
      RuleTotals& r = rules[x.rule];
      r.kind = x.kind;
      ++r.by_severity[x.severity];
      ++r.all;
      ++kind_findings[x.kind];
    }
  }
  std::vector<std::string> rule_order;
  for (const auto& entry : rules) rule_order.push_back(entry.first);
  std::stable_sort(rule_order.begin(), rule_order.end(),
                   [&](const auto& a, const auto& b) { return rules[a].all > rules[b].all; });

  std::vector<Bar> bars;
  std::ostringstream rule_table;
  rule_table << "<table class=\"rules\"><thead><tr><th>Rule</th><th>Kind</th>";
  for (Severity s : kSeverities) rule_table << "<th class=\"num\">" << severity_name(s) << "</th>";
  rule_table << "<th class=\"num\">findings</th></tr></thead><tbody>\n";
  for (const std::string& id : rule_order) {
    RuleTotals& r = rules[id];
    Bar bar{id, {}};
    rule_table << "<tr><td><code>" << html_escape(id) << "</code></td><td><code>"
               << html_escape(r.kind) << "</code></td>";
    for (Severity s : kSeverities) {
      bar.segments.push_back(r.by_severity[s]);
      rule_table << count_cell(r.by_severity[s]);
    }
    rule_table << count_cell(r.all) << "</tr>\n";
    bars.push_back(bar);
  }
  rule_table << "</tbody></table>";
  std::vector<std::string> series;
  for (Severity s : kSeverities) series.push_back(severity_name(s));

  std::ostringstream kind_table;
  kind_table << "<table class=\"kinds\"><thead><tr><th>Kind</th>";
  for (Verdict v : kVerdicts) kind_table << "<th class=\"num\">" << verdict_name(v) << "</th>";
  kind_table
      << "<th class=\"num\">claims</th><th class=\"num\">findings</th></tr></thead><tbody>\n";
  for (auto& [kind, counts] : kinds) {
    int n = 0;
    kind_table << "<tr><td><code>" << html_escape(kind) << "</code></td>";
    for (Verdict v : kVerdicts) {
      n += counts[v];
      kind_table << count_cell(counts[v]);
    }
    kind_table << count_cell(n) << count_cell(kind_findings[kind]) << "</tr>\n";
  }
  kind_table << "</tbody></table>";

  return fill_template(
      kIndexHtml,
      {{"version", FACTLINT_VERSION},
       {"style", std::string(kReportCss)},
       {"file_count", plural(all.files, "file", "files")},
       {"verdict_line", severity_badges(all)},
       {"files_table", table.str()},
       {"rule_chart", bar_chart_svg("Findings per rule", series, bars)},
       {"rules_table", rules.empty() ? "<p>No rule found anything.</p>" : rule_table.str()},
       {"kinds_table", kinds.empty() ? "<p>No checkable claim was found.</p>" : kind_table.str()}});
}

class HtmlReporter final : public Reporter {
 public:
  // One file: its page. Several files cannot link to pages that are not written, so stdout gets
  // only the index; the command line asks for --output DIR/ instead.
  void write(const std::vector<FileReport>& files, std::ostream& out) const override {
    write_into(files, "", out);
  }

  // `-o review/story.html`: the page's links start from review/, where it is opened.
  void write_into(const std::vector<FileReport>& files, const std::string& directory,
                  std::ostream& out) const override {
    if (files.size() == 1)
      out << article_page(files[0], directory, false);
    else
      out << index_page(files, page_names(files));
  }

  bool writes_directory() const override { return true; }

  std::vector<ReportFile> directory_files(const std::vector<FileReport>& files,
                                          const std::string& directory) const override {
    std::vector<std::string> pages = page_names(files);
    std::vector<ReportFile> out;
    for (std::size_t i = 0; i < files.size(); ++i)
      out.push_back({pages[i], article_page(files[i], directory, true)});
    // Last, so that an index never links to a page not yet written.
    out.push_back({"index.html", index_page(files, pages)});
    return out;
  }
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter() {
  return std::make_unique<HtmlReporter>();
}

}  // namespace factlint
