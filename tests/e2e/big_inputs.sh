#!/usr/bin/env bash
# The bad-input matrix's big inputs, generated at test time into the build folder (never
# committed): a 100 MB article, one of a million short lines and a file of 10,000 rules. Each
# must end with the usual report and exit code, under a 4 GB address-space limit (a memory
# bound, not a timing), and leave no partial output file. Run only in the release build: under ASan it would take minutes.
#
#   big_inputs.sh FACTLINT_BINARY BUILD_DIR SOURCE_DIR
set -euo pipefail
bin=$1
dir=$2/big-inputs
root=$3
rm -rf "$dir"
mkdir -p "$dir"
cd "$dir"
load=(--no-default-knowledge --knowledge "$root/tests/fixtures/kb" --no-default-rules
  --rules "$root/rules/event-date.yaml")
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
run() {  # run EXPECTED_EXIT NAME: factlint on NAME, report in NAME.report
  local rc=0
  (ulimit -v 4000000 && exec "$bin" check "${load[@]}" --output "$2.report" "$2") 2>"$2.err" ||
    rc=$?
  [ "$rc" -eq "$1" ] || fail "$2: exit $rc, expected $1: $(head -c 500 "$2.err")"
  [ ! -s "$2.err" ] || fail "$2: unexpected stderr: $(head -c 500 "$2.err")"
  [ ! -e "$2.report.tmp-factlint" ] || fail "$2: a temporary output file was left"
  grep -q '1 file checked' "$2.report" || fail "$2: no report: $(head -c 500 "$2.report")"
}

# 100 MB: a contradiction at the top, then ordinary sentences; checked up to 8 MB, with a note.
{
  printf 'date 2025-01-01\n\nThe Russian invasion of Ukraine began on February 24, 2021.\n\n'
  head -c 100000000 < <(yes 'It rained in the city and the river rose by a metre overnight.')
  printf '\n'
} >big.txt
run 1 big.txt
grep -q 'began' big.txt.report || fail "big.txt: the contradiction was not found"
grep -q 'longer than 8 MB' big.txt.report || fail "big.txt: no note on the 8 MB limit"

# A million short lines, each a sentence of its own: linear, all of them checked.
{
  printf 'date 2025-01-01\n\n'
  head -n 1000000 < <(yes 'Hi.')
} >lines.txt
run 0 lines.txt

# 10,000 rules in one file (loading is linear: about 1 ms a rule), one of which fires.
for i in $(seq 0 9999); do
  words="in round $i "
  [ "$i" -eq 0 ] && words=""
  printf -- '- id: began-%d\n  kind: event_date\n  severity: error\n  description: d\n' "$i"
  printf -- '  patterns:\n    - "{event} began %son {date}"\n' "$words"
  printf -- '  check: {fact: start, compare: overlaps}\n'
  printf -- '  message: "{event.name} began on {fact.start}, not {date.text}"\n'
done >many-rules.yaml
printf 'date 2025-01-01\n\nThe Russian invasion of Ukraine began on February 24, 2021.\n' >war.txt
load=(--no-default-knowledge --knowledge "$root/tests/fixtures/kb" --no-default-rules
  --rules many-rules.yaml)
run 1 war.txt
grep -q 'began-0' war.txt.report || fail "10,000 rules: rule began-0 did not fire"

rm -f big.txt lines.txt many-rules.yaml
echo "big inputs: a 100 MB article, 1,000,000 lines and 10,000 rules checked"
