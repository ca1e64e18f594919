#!/usr/bin/env bash
# Validates factlint's SARIF with Microsoft's SARIF validator (npm @microsoft/sarif-multitool,
# `validate` verb): no result at level error is allowed. The validator exits 0 even when it
# finds errors, and reports nothing at all for a log it cannot read, so this script reads the
# validator's own SARIF output: it must hold the validator's advisory SARIF2005 (proof that the
# log was analysed) and no error. A broken copy must be caught (proof that errors are seen).
#   lint_sarif_validate.sh FACTLINT_BINARY SOURCE_DIR TOOL_DIR
set -euo pipefail
binary="$1"
source_dir="$2"
tool_dir="$3"
validator="$tool_dir/node_modules/.bin/sarif-multitool"
# Without the validator (npm registry unreachable when it was to be installed) the test is
# skipped with a notice (exit 77, ctest's SKIP_RETURN_CODE), not failed.
[ -x "$validator" ] || { echo "SKIPPED: no SARIF validator at $validator (npm could not install it)"; exit 77; }
scratch="$(mktemp -d /tmp/factlint-sarif-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

# Every input format, a suppression notice, evidence in the knowledge base.
cp "$source_dir/tests/fixtures/lint/articles/"* "$scratch/"
printf -- '---\ndate: 2025-08-08\n---\n<!-- factlint-disable-next-line -->\nKyiv’s envoy said the Ukraine war started by Russia in February 2024.\n\nThe Ukraine war started by Russia in February 2024.\n' > "$scratch/a b.md"
cd "$scratch"
set +e
"$binary" check --no-default-knowledge --knowledge "$source_dir/tests/fixtures/kb" \
  --no-default-rules --rules "$source_dir/rules/event-date.yaml" --format sarif . war.ninjs.json > factlint.sarif
code=$?
set -e
[ "$code" = 1 ] || { echo "FAIL: factlint exited $code, expected 1 (findings)"; exit 1; }

validate() {  # validate IN OUT: the validator's results as "level ruleId message" lines
  rm -f "$2"
  "$validator" validate -o "$2" "$1" > "$2.log" 2>&1 || { cat "$2.log"; echo "FAIL: validator crashed"; exit 1; }
  python3 - "$2" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
for r in run.get("results", []):
    print(r.get("level", "warning"), r["ruleId"], r["message"].get("text", "")[:200])
PY
}

results="$(validate factlint.sarif validated.sarif)"
echo "$results"
python3 - factlint.sarif <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
kinds = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
for uri in ["a%20b.md", "war.html", "war.ninjs.json", "gulf.ninjs"]:
    assert uri in kinds, f"no result for {uri}: {sorted(kinds)}"
assert any(r["ruleId"] == "suppression-without-reason" for r in results)
assert all(r.get("relatedLocations") for r in results if r["ruleId"].startswith("event-"))
PY
grep -q "SARIF2005" <<<"$results" || { echo "FAIL: the validator did not analyse the log"; exit 1; }
if grep -q "^error" <<<"$results"; then echo "FAIL: the SARIF validator found errors"; exit 1; fi

# Negative control: a region starting at line 0 must be an error.
python3 - factlint.sarif broken.sarif <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
json.dump(log, open(sys.argv[2], "w"), indent=2)
PY
# Captured first: `grep -q` in a pipe would stop reading early and break the pipe under pipefail.
broken_results="$(validate broken.sarif validated-broken.sarif)"
grep -q "^error" <<<"$broken_results" || { echo "FAIL: the validator missed a broken log"; exit 1; }
echo "SARIF validator: factlint's log has no errors; the broken copy does"
