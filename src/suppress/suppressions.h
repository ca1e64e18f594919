// Suppressions: comments in an article that silence findings, each with a reason.
//
//   <!-- factlint-disable-next-line event-start-date -- quoting the 2019 report verbatim -->
//   <!-- factlint-disable event-start-date -- reason --> ... <!-- factlint-enable event-start-date
//   --> # factlint-disable-next-line RULE -- reason            (plain text; also after //)
//
// No rule id means every rule. apply_suppressions drops the findings a comment covers and adds
// a warning for each comment without a reason (suppression-without-reason) and each comment
// that covers nothing (unused-suppression).
//
//   apply_suppressions(report, InputFormat::kMarkdown);
#pragma once

#include "read/document.h"
#include "report/finding.h"

namespace factlint {

void apply_suppressions(FileReport& report, InputFormat format);

}  // namespace factlint
