#!/usr/bin/env bash
# perf.sh: every speed figure of issue 14 in one run, side by side with its target.
#
# Usage: bench/perf.sh [FACTLINT_BINARY]
#   PERF_RUNS=5            cold-start runs (the wall figure is their median)
#   PERF_ARTICLES=500      real articles for the throughput figure (../shared/corpus/realcopy)
#   PERF_SCALES="100000"   synthetic knowledge-base sizes to load (add 1000000 for the full set;
#                          the YAML is generated once into build/bench-kb/N by make_synthetic_kb.py)
#   PERF_SERVE_SECONDS=5   wrk duration per server figure; PERF_SKIP="serve scale" skips parts
#
# Instruction counts come from valgrind's callgrind (this machine has no hardware counters for
# `perf stat`); they are the figures to compare before and after a change on a loaded machine.
# Wall figures are medians and depend on the load; CPU seconds are given beside them.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="$(realpath "${1:-$root/build/factlint}")"
runs="${PERF_RUNS:-5}"
articles="${PERF_ARTICLES:-500}"
scales="${PERF_SCALES:-100000}"
serve_seconds="${PERF_SERVE_SECONDS:-5}"
skip="${PERF_SKIP:-}"
realcopy="$root/../shared/corpus/realcopy"
example="$root/examples/peace-talks.md"
long_article="$root/bench/serve-article.md"
for tool in valgrind /usr/bin/time python3; do
  command -v "$tool" >/dev/null || { echo "perf.sh: $tool is missing (tools/install-deps.sh)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
# Instructions of one run: callgrind's total Ir.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/cg.out" "$@" >/dev/null 2>"$work/cg.err" ||
    [ $? -eq 1 ] || { cat "$work/cg.err" >&2; exit 2; }
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/cg.err"
}
# Wall seconds, CPU seconds and max RSS (KB) of one run, as "wall cpu rss".
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>&1 || [ $? -eq 1 ] ||
    { echo "perf.sh: failed: $*" >&2; exit 2; }
  tail -n 1 "$work/time" | awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}'
}
row() { printf '%-58s %-30s %s\n' "$1" "$2" "$3"; }

echo "factlint performance ($(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) CPUs, load $(cut -d' ' -f1 /proc/loadavg))"
row "figure" "measured" "target (issue 14)"

# Cold start: one short article with the shipped knowledge base, first from its YAML, then (as
# every later run) from the compiled copy that `kb compile` leaves in the cache.
export FACTLINT_CACHE_DIR="$work/cache"
yaml_ir="$(instructions "$binary" check --jobs 1 --no-cache "$example")"
row "cold start from the YAML (--no-cache), instructions" \
  "$(awk -v i="$yaml_ir" 'BEGIN {printf "%.0f M", i / 1e6}')" ""
"$binary" kb compile >/dev/null 2>&1
walls=()
for _ in $(seq "$runs"); do walls+=("$(timed "$binary" check "$example" | cut -d' ' -f1)"); done
read -r _ _ rss < <(timed "$binary" check "$example")
cold_ir="$(instructions "$binary" check --jobs 1 "$example")"
row "cold start, wall median of $runs" "$(printf '%s\n' "${walls[@]}" | median) s" "<= 0.030 s"
row "cold start, instructions" "$(awk -v i="$cold_ir" 'BEGIN {printf "%.0f M", i / 1e6}')" "<= 100 M"
row "cold start, max resident memory" "$((rss / 1024)) MB" "<= 30 MB"

# Marginal cost of one more 844-word article.
both_ir="$(instructions "$binary" check --jobs 1 "$example" "$long_article")"
words="$(wc -w <"$long_article")"
row "per article, instructions per word ($words words)" \
  "$(awk -v a="$both_ir" -v b="$cold_ir" -v w="$words" 'BEGIN {printf "%.1f k", (a - b) / w / 1000}')" \
  "<= 10 k (parse excluded)"

# Throughput over real articles, one thread.
if [ -d "$realcopy" ]; then
  # No `| head` under pipefail: sort would die of SIGPIPE.
  find "$realcopy" -maxdepth 1 -name '*.txt' | sort >"$work/all"
  sed -n "1,${articles}p" "$work/all" >"$work/files"
  bytes="$(xargs cat <"$work/files" | wc -c)"
  count="$(wc -l <"$work/files")"
  read -r wall cpu _ < <(timed xargs -a "$work/files" "$binary" check --jobs 1 --fail-on never --format json)
  row "throughput, $count real articles, one thread" \
    "$(awk -v b="$bytes" -v w="$wall" -v c="$cpu" 'BEGIN {printf "%.2f MB/s (%.2f per CPU-s)", b / 1e6 / w, b / 1e6 / c}')" \
    ">= 1.5x textlint+prh"
  row "  files per second" "$(awk -v n="$count" -v w="$wall" 'BEGIN {printf "%.1f", n / w}')" ""
fi

# Server: one connection, then eight.
serve_figures() {  # connections [extra args...]: "p50 p99 failed" of /v1/check
  local connections="$1"
  shift
  FACTLINT_BENCH_START_SECONDS=900 FACTLINT_BENCH_ARGS="$*" bash "$root/bench/serve_bench.sh" "$binary" "$serve_seconds" "$connections" \
    >"$work/serve" 2>&1 || { cat "$work/serve" >&2; echo "- - failed"; return; }
  awk '/^\/v1\/check:/ {gsub(",", ""); print $5, $7, $10}' "$work/serve"
}
if [[ " $skip " != *" serve "* ]]; then
  read -r p50 p99 failed < <(serve_figures 1)
  row "server, 1 connection, p50 / p99" "$p50 / $p99" "<= 5 ms / <= 15 ms"
  read -r p50 p99 failed < <(serve_figures 8)
  row "server, 8 connections, p99 (failed)" "$p99 ($failed failed)" "<= 50 ms, no failure"
fi

# Scale: synthetic knowledge bases layered over the shipped one.
if [[ " $skip " != *" scale "* ]]; then
  for n in $scales; do
    kb="$root/build/bench-kb/$n"
    [ -f "$kb/.complete" ] || {
      rm -rf "$kb"
      python3 "$root/bench/make_synthetic_kb.py" "$n" "$kb" --shipped "$root/knowledge" >/dev/null
      touch "$kb/.complete"
    }
    read -r wall cpu rss < <(timed "$binary" kb stats --knowledge "$kb")
    row "$n synthetic entities: first load, compiles (kb stats)" \
      "$wall s wall, $cpu CPU-s, $((rss / 1024)) MB" ""
    read -r wall cpu rss < <(timed "$binary" kb stats --knowledge "$kb")
    row "$n synthetic entities: load (kb stats)" "$wall s wall, $cpu CPU-s, $((rss / 1024)) MB" \
      "<= 1 s, <= 1.5 GB (1 M)"
    if [[ " $skip " != *" serve "* ]]; then
      read -r p50 _ _ < <(serve_figures 1 --knowledge "$kb")
      row "$n synthetic entities: server p50, 844 words" "$p50" "within 20% of shipped"
    fi
  done
fi
