#!/usr/bin/env bash
# The compiled knowledge base through the real binary: `kb compile` writes it, `check` gives the
# same report from it as from the YAML (--no-cache), a damaged file is replaced, an unwritable
# cache folder changes nothing but `kb compile`'s exit code, and `kb validate` reads the YAML.
#   kb_compiled_cache.sh FACTLINT_BINARY SOURCE_DIR
set -euo pipefail
binary="$1"
source_dir="$2"
scratch="$(mktemp -d /tmp/factlint-kb-cache-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
cd "$source_dir"
export FACTLINT_CACHE_DIR="$scratch/cache"
fail() { echo "FAIL: $*"; exit 1; }
article=examples/peace-talks.md
# The fixture knowledge bases, layered (the shipped one would make each load of a sanitizer
# build seconds long): "the Ukraine war ... in February 2023" is flagged against them.
kb=(--no-default-knowledge --knowledge tests/fixtures/kb --knowledge tests/fixtures/kb-people)

"$binary" kb compile "${kb[@]}" >"$scratch/compile.out" 2>"$scratch/compile.err" ||
  { cat "$scratch/compile.err"; fail "kb compile exited $?"; }
grep -Eq "^compiled [0-9]+ entities from [0-9]+ files into $scratch/cache/kb-[0-9a-f]{16}\.flkb \([0-9]+ bytes\)$" \
  "$scratch/compile.out" || { cat "$scratch/compile.out"; fail "kb compile did not say what it wrote"; }
compiled="$(sed -n 's/.* into \(.*\.flkb\) .*/\1/p' "$scratch/compile.out")"
[ -s "$compiled" ] || fail "no compiled file at $compiled"

# The same report, byte for byte, from the compiled file and from the YAML.
status=0
"$binary" check --format json "${kb[@]}" "$article" >"$scratch/cached.json" || status=$?
[ "$(ls "$scratch/cache" | wc -l)" -eq 1 ] || fail "check wrote a second compiled file for the same sources"
yaml_status=0
FACTLINT_CACHE_DIR="$scratch/unused-cache" \
  "$binary" check --format json "${kb[@]}" --no-cache "$article" \
  >"$scratch/yaml.json" || yaml_status=$?
[ ! -e "$scratch/unused-cache" ] || fail "check --no-cache wrote a compiled file"
[ "$status" -eq "$yaml_status" ] || fail "exit $status from the compiled file, $yaml_status from the YAML"
cmp -s "$scratch/cached.json" "$scratch/yaml.json" ||
  { diff "$scratch/cached.json" "$scratch/yaml.json" | head -20; fail "the reports differ"; }
grep -q '"rule"' "$scratch/cached.json" || fail "the example article gave no finding to compare"

# A damaged file is detected by its checksum, and the next run writes a sound one.
printf 'XXXX' | dd of="$compiled" bs=1 seek=100 conv=notrunc status=none
before="$(cksum <"$compiled")"
"$binary" check --format json "${kb[@]}" "$article" >"$scratch/damaged.json" || true
cmp -s "$scratch/damaged.json" "$scratch/yaml.json" || fail "a damaged compiled file changed the report"
[ "$(cksum <"$compiled")" != "$before" ] || fail "the damaged compiled file was not replaced"

# A cache folder that cannot be made: checks run as before; kb compile says so and fails.
touch "$scratch/not-a-folder"
export FACTLINT_CACHE_DIR="$scratch/not-a-folder/cache"
"$binary" check --format json "${kb[@]}" "$article" >"$scratch/blocked.json" 2>"$scratch/blocked.err" || true
cmp -s "$scratch/blocked.json" "$scratch/yaml.json" || fail "an unwritable cache changed the report"
[ ! -s "$scratch/blocked.err" ] || { cat "$scratch/blocked.err"; fail "an unwritable cache printed errors on check"; }
if "$binary" kb compile "${kb[@]}" >"$scratch/blocked-compile.out" 2>&1; then fail "kb compile into an unwritable folder exited 0"; fi
grep -q "cannot write $scratch/not-a-folder/cache/kb-" "$scratch/blocked-compile.out" ||
  { cat "$scratch/blocked-compile.out"; fail "kb compile did not name the folder it could not write"; }

# FACTLINT_CACHE_DIR=off: no cache anywhere, not even the default one under $HOME.
mkdir "$scratch/home"
HOME="$scratch/home" XDG_CACHE_HOME="" FACTLINT_CACHE_DIR=off \
  "$binary" check --format json "${kb[@]}" "$article" >/dev/null 2>&1 || true
[ -z "$(ls -A "$scratch/home")" ] || fail "FACTLINT_CACHE_DIR=off still wrote under HOME"

# kb validate never uses a compiled file: its diagnostics come from the YAML.
export FACTLINT_CACHE_DIR="$scratch/validate-cache"
"$binary" kb validate "${kb[@]}" >/dev/null 2>&1 || fail "kb validate failed"
[ ! -e "$scratch/validate-cache" ] || fail "kb validate wrote a compiled file"
echo "compiled knowledge base: same report as the YAML, damage recovered, unwritable cache survived"
