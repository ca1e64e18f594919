#!/usr/bin/env bash
# Load benchmark of `factlint serve`: wrk POSTs an 800-word article (bench/serve-article.md)
# to /v1/check and /v2/check on 127.0.0.1 with the shipped knowledge base and rules, and prints
# requests per second, p50/p99 latency and failed requests for each.
# Usage: bench/serve_bench.sh [FACTLINT_BINARY] [SECONDS] [CONNECTIONS]
# FACTLINT_BENCH_ARGS: more `serve` options (e.g. --knowledge DIR); FACTLINT_BENCH_START_SECONDS:
# how long to wait for the server to listen (default 60; a large knowledge base loads longer).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${1:-$root/build/factlint}"
seconds="${2:-10}"
connections="${3:-8}"
command -v wrk >/dev/null || { echo "serve_bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }
work="$(mktemp -d)"
cd "$root"
# shellcheck disable=SC2086  # FACTLINT_BENCH_ARGS is a list of words
"$binary" serve --host 127.0.0.1 --port 0 ${FACTLINT_BENCH_THREADS:+--threads "$FACTLINT_BENCH_THREADS"} \
  ${FACTLINT_BENCH_ARGS:-} >"$work/out" 2>"$work/err" &
pid=$!
trap 'kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
port=""
for _ in $(seq $(( ${FACTLINT_BENCH_START_SECONDS:-60} * 10 ))); do
  port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/out")"
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 2; }
  sleep 0.1
done
[ -n "$port" ] || { echo "serve_bench: the server did not start" >&2; exit 2; }

article="$root/bench/serve-article.md"
node -e 'const fs=require("fs"); const t=fs.readFileSync(process.argv[1],"utf8");
  fs.writeFileSync(process.argv[2], JSON.stringify({text:t, format:"markdown"}));
  fs.writeFileSync(process.argv[3], new URLSearchParams({text:t, language:"en-US",
    published:"2025-08-08"}).toString());' "$article" "$work/v1.json" "$work/v2.form"
# One request of each first: the answer must carry the article's finding.
curl -sf -X POST -H 'Content-Type: application/json' --data-binary @"$work/v1.json" \
  "http://127.0.0.1:$port/v1/check" | grep -q '"excerpt": "February 2024"'
curl -sf -X POST -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-binary @"$work/v2.form" "http://127.0.0.1:$port/v2/check" | grep -q '"id":"event-start-date"'

echo "factlint serve benchmark: $(wc -w <"$article") words, $(sed -n 's/.*(\(.*\))/\1/p' "$work/out")"
threads=$(( connections < 2 ? connections : 2 ))  # wrk needs a connection per thread
echo "wrk: ${seconds}s, $threads threads, $connections connections, $(nproc) CPUs shared with the server"
failed_total=0
for endpoint in v1 v2; do
  if [ "$endpoint" = v1 ]; then body="$work/v1.json" type="application/json"
  else body="$work/v2.form" type="application/x-www-form-urlencoded"; fi
  FACTLINT_BENCH_BODY="$body" FACTLINT_BENCH_TYPE="$type" wrk -t"$threads" -c"$connections" \
    -d"${seconds}s" --latency -s "$root/bench/serve_bench.lua" \
    "http://127.0.0.1:$port/$endpoint/check" >"$work/wrk-$endpoint"
  rps="$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk-$endpoint")"
  p50="$(awk '$1 == "50%" {print $2}' "$work/wrk-$endpoint")"
  p99="$(awk '$1 == "99%" {print $2}' "$work/wrk-$endpoint")"
  total="$(awk '/requests in/ {print $1}' "$work/wrk-$endpoint")"
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$work/wrk-$endpoint")"
  socket="$(awk -F'[ ,]+' '/Socket errors:/ {print $4+$6+$8+$10}' "$work/wrk-$endpoint")"
  failed=$(( ${non2xx:-0} + ${socket:-0} ))
  failed_total=$(( failed_total + failed ))
  echo "/$endpoint/check: $rps requests/s, p50 $p50, p99 $p99, $total requests, $failed failed"
done
[ "$failed_total" -eq 0 ]
