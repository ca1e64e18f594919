#!/usr/bin/env bash
# The synthetic knowledge-base generator (bench/make_synthetic_kb.py) writes what the loader and
# `kb validate` accept: self-contained, and as a layer over the shipped knowledge base.
# Usage: tests/bench/synthetic_kb.sh FACTLINT_BINARY SOURCE_DIR
set -euo pipefail
binary="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$source_dir"

python3 bench/make_synthetic_kb.py 300 "$work/alone" --per-file 150 >/dev/null
"$binary" kb validate --no-default-knowledge --knowledge "$work/alone"
"$binary" kb stats --no-default-knowledge --knowledge "$work/alone" --format json >"$work/stats.json"
python3 - "$work/stats.json" <<'PY'
import json, sys
stats = json.load(open(sys.argv[1]))
found = json.dumps(stats)
assert stats["entities"] == 300, f"expected 300 entities, got {stats['entities']}"
for kind in ("country", "place", "office", "person", "organization", "event"):
    assert f'"{kind}"' in found, f"no {kind} in the synthetic knowledge base: {found}"
PY

# As a layer: some events are placed in the shipped countries, whose ids must resolve.
python3 bench/make_synthetic_kb.py 200 "$work/layer" --shipped knowledge >/dev/null
grep -q "location: \[.*, " "$work/layer"/*.yaml
"$binary" kb validate --knowledge "$work/layer"

# Same arguments, same output: figures measured on it can be compared across runs.
python3 bench/make_synthetic_kb.py 200 "$work/again" --shipped knowledge >/dev/null
diff -r "$work/layer" "$work/again"
echo "synthetic knowledge bases: valid alone and as a layer, reproducible"
