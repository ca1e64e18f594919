#!/usr/bin/env bash
# Measures `factlint check` over a folder of copies of the seed article with --jobs 1 and N,
# and prints files per second for each. Numbers depend on the machine and its load.
#   bench/lint_jobs.sh [BINARY] [FILES]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$root/build/factlint}"
files="${2:-200}"
seed="$root/../shared/corpus/seed/rediff-2025-08-08.txt"
scratch="$(mktemp -d /tmp/factlint-bench-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
for i in $(seq 1 "$files"); do cp "$seed" "$scratch/article-$i.txt"; done
for jobs in 1 "$(nproc)"; do
  start=$(date +%s.%N)
  "$binary" check --jobs "$jobs" --fail-on never --format json "$scratch" > /dev/null
  end=$(date +%s.%N)
  awk -v n="$files" -v j="$jobs" -v s="$start" -v e="$end" \
    'BEGIN { printf "jobs %d: %d files in %.2f s, %.1f files/s\n", j, n, e - s, n / (e - s) }'
done
