#!/usr/bin/env bash
# The server as a browser-based editor plugin meets it, with curl: CORS (--allow-origin, the
# OPTIONS preflight, headers on every response), and /v2/check saying when its results are
# incomplete (no publication date, knowledge older than the copy), reading a `published` field,
# a `date YYYY-MM-DD` first line and Markdown front matter.
# Usage: newsroom_serve.sh FACTLINT_BINARY
set -euo pipefail
binary="$1"
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."  # the rule path below is relative to the project root
work="$(mktemp -d)"
"$binary" serve --host 127.0.0.1 --port 0 --allow-origin https://cms.example.org \
  >"$work/out" 2>"$work/err" &
pid=$!
cleanup() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port=""
for _ in $(seq 1200); do  # waits on the "listening" line, however loaded the machine is
  port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/out")"
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
fail() { echo "FAIL: $*" >&2; exit 1; }
origin=https://cms.example.org

# Preflight: 204 with the methods and the asked-for headers, for an allowed origin.
curl -s -D "$work/h" -o /dev/null -X OPTIONS "$base/v1/check" -H "Origin: $origin" \
  -H 'Access-Control-Request-Method: POST' -H 'Access-Control-Request-Headers: content-type'
grep -q '^HTTP/1.1 204' "$work/h" || fail "preflight status: $(head -1 "$work/h")"
grep -qi "^Access-Control-Allow-Origin: $origin" "$work/h" || fail "preflight origin"
grep -qi '^Access-Control-Allow-Methods: .*POST' "$work/h" || fail "preflight methods"
grep -qi '^Access-Control-Allow-Headers: content-type' "$work/h" || fail "preflight headers"
# Every response carries the header for an allowed origin: a check, an error, a 404.
for path in /healthz /v2/languages /nowhere; do
  curl -s -D "$work/h" -o /dev/null "$base$path" -H "Origin: $origin"
  grep -qi "^Access-Control-Allow-Origin: $origin" "$work/h" || fail "no CORS header on $path"
done
# Another origin gets none.
curl -s -D "$work/h" -o /dev/null "$base/healthz" -H 'Origin: https://evil.example'
! grep -qi '^Access-Control-Allow-Origin' "$work/h" || fail "CORS header for a foreign origin"

v2() { curl -s "$base/v2/check" -H "Origin: $origin" "$@"; }
json_get() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
claim='Russia'"'"'s war in Ukraine began in February 2024, officials said.'

# No date: incomplete, and why; the match is still there.
out="$(v2 --data-urlencode "text=$claim" -d language=en-US)"
[ "$(json_get 'd["warnings"]["incompleteResults"]' <<<"$out")" = True ] || fail "undated: $out"
json_get 'd["warnings"]["incompleteResultsReason"]' <<<"$out" | grep -q 'time-relative checks skipped' \
  || fail "no reason: $out"
# Each way of giving the date makes the results complete and finds the slip.
expect_dated() {
  local out="$1"
  [ "$(json_get 'd["warnings"]["incompleteResults"]' <<<"$out")" = False ] || fail "dated: $out"
  [ "$(json_get 'len(d["matches"])' <<<"$out")" -ge 1 ] || fail "no match: $out"
  json_get 'd["matches"][0]["rule"]["urls"][0]["value"]' <<<"$out" | grep -q 'event-date.yaml#L' \
    || fail "no rule url: $out"
}
expect_dated "$(v2 --data-urlencode "text=$claim" -d published=2025-08-08 -d language=en-US)"
expect_dated "$(v2 --data-urlencode "text=date 2025-08-08
$claim" -d language=en-US)"
expect_dated "$(v2 --data-urlencode "text=---
title: A story
date: 2025-08-08
---
$claim" -d language=en-US)"
# Copy newer than the records: incomplete, with the knowledge base's age.
out="$(v2 --data-urlencode 'text=Prime Minister Rishi Sunak spoke.' -d published=2026-12-02 -d language=en)"
json_get 'd["warnings"]["incompleteResultsReason"]' <<<"$out" \
  | grep -q 'knowledge current to 2025-07-01; later facts unverifiable' || fail "age: $out"
echo "newsroom serve: all checks passed"
