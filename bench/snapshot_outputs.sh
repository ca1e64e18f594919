#!/usr/bin/env bash
# snapshot_outputs.sh: the JSON outputs of one binary over every evaluation input, for
# bench/compare_outputs.py: a speed change must not move any claim, verdict or finding.
#
# Usage: bench/snapshot_outputs.sh FACTLINT_BINARY OUTDIR
#   then: bench/compare_outputs.py BEFORE_OUTDIR AFTER_OUTDIR
# Inputs: ../shared/eval/dev/*.md; copies of the real articles with each injected error of
# ../shared/eval/realinject/specs.jsonl (made in a temporary folder, never in the repository);
# ../shared/corpus/realcopy/*.txt in chunks of 200. Run from any folder; takes minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$(realpath "$1")"
out="$(realpath -m "$2")"
shared="$root/../shared"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
run() {  # NAME FILE-LIST
  xargs -a "$2" "$binary" check --format json --fail-on never --jobs 2 >"$out/$1.json"
}
find "$shared/eval/dev" -maxdepth 1 -name '*.md' | sort >"$work/dev"
run dev "$work/dev"
mkdir "$work/inject"
python3 - "$shared" "$work/inject" <<'PY'
import json, os, sys
shared, out = sys.argv[1], sys.argv[2]
for line in open(os.path.join(shared, "eval/realinject/specs.jsonl"), encoding="utf-8"):
    spec = json.loads(line)
    path = os.path.join(shared, "corpus/realcopy", spec["file"])
    lines = open(path, encoding="utf-8").read().split("\n")
    at = spec["line"] - 1
    lines[at] = lines[at].replace(spec["original"], spec["mutated"], 1)
    with open(os.path.join(out, spec["id"] + ".txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
PY
find "$work/inject" -name '*.txt' | sort >"$work/inject.list"
run inject "$work/inject.list"
find "$shared/corpus/realcopy" -maxdepth 1 -name '*.txt' | sort | split -l 200 -d -a 2 - "$work/realcopy-"
for chunk in "$work"/realcopy-[0-9][0-9]; do run "$(basename "$chunk")" "$chunk"; done
echo "snapshot_outputs: $(ls "$out"/*.json | wc -l) outputs in $out"
