// Fuzz target: the time-expression recogniser, with a publication date from the first bytes.
#include <algorithm>

#include "engine/checker.h"
#include "fuzz_support.h"
#include "recognise/time_expressions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  using namespace factlint;
  // Any day of the calendar, including its edges, as the reference.
  unsigned pick = static_cast<unsigned>(data[0]) << 8 | data[1];
  TimeContext ctx;
  ctx.reference = add_days(first_calendar_day(), static_cast<long long>(pick) * 56);
  if (pick % 7 == 0) ctx.reference = last_calendar_day();
  ctx.direction = pick % 3 == 0   ? Direction::kPast
                  : pick % 3 == 1 ? Direction::kFuture
                                  : Direction::kTense;
  // The recogniser runs on one sentence, which the checker bounds: its cost grows with
  // expressions x words of the sentence, so a 50 KB "sentence" is not an input it ever sees.
  std::string text = fuzz::as_text(data + 2, std::min(size - 2, kMaxSentenceBytes));
  find_time_expressions(text, 0, text.size(), ctx);
  return 0;
}
