// Links from a report to a file it cites (an article, a knowledge-base entry), made so that they
// resolve from where the report is read.
//
//   std::string href = file_link("knowledge/people/uk.yaml", 12, "review/");
//   //   GitHub Actions run, file inside the checkout:
//   https://github.com/o/r/blob/SHA/knowledge/...#L12
//   //   a report folder, file below the working directory: ../knowledge/people/uk.yaml#L12
//   //   a file elsewhere (an installed knowledge base): file:///usr/share/factlint/...#L12
#pragma once

#include <string>

namespace factlint {

// The commit a GitHub Actions run checks ("SERVER/OWNER/REPO/blob/SHA/"), or "" outside one.
std::string github_blob_base();

// `path` (as reported: relative to the working directory, or absolute) as a link from a report
// in `report_dir` ("" for one read where it was run: stdout, a Markdown comment). `line` > 0
// adds "#L<line>". Returns "" when no link would resolve (a GitHub comment citing a file outside
// the checkout), for the caller to print the path as text.
std::string file_link(const std::string& path, int line, const std::string& report_dir,
                      bool web_only = false);

// True when `path` lies inside the working directory (the checkout, in CI).
bool inside_working_directory(const std::string& path);

}  // namespace factlint
