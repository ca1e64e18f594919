#!/usr/bin/env bash
# A real LanguageTool client (gramma, from npm) checks text through factlint's /v2/check.
# Usage: languagetool_client.sh FACTLINT_BINARY NPM_DIR   (gramma is installed into NPM_DIR)
set -euo pipefail
binary="$1"
npm_dir="$2"
here="$(cd "$(dirname "$0")" && pwd)"
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
mkdir -p "$npm_dir"
npm_dir="$(cd "$npm_dir" && pwd)"
cd "$here/../.."  # the rule path below is relative to the project root
if [ ! -f "$npm_dir/node_modules/gramma/package.json" ]; then
  # No registry, no client: skipped with a notice (ctest SKIP_RETURN_CODE 77), not failed.
  npm install --prefix "$npm_dir" --no-audit --no-fund --fetch-retries=1 --loglevel=error \
    gramma@1.6.0 >&2 || { echo "SKIPPED: npm cannot install gramma (registry unreachable?)"; exit 77; }
fi
work="$(mktemp -d)"
"$binary" serve --host 127.0.0.1 --port 0 --no-default-rules --rules rules/event-date.yaml \
  >"$work/out" 2>"$work/err" &
pid=$!
cleanup() {
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port=""
for _ in $(seq 600); do
  port="$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/out")"
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "server did not start" >&2; exit 1; }
NODE_PATH="$npm_dir/node_modules" node "$here/languagetool_client.js" \
  "http://127.0.0.1:$port/v2/check"
kill -TERM "$pid"
wait "$pid"
trap - EXIT
rm -rf "$work"
