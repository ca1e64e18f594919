#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build-fuzz/) and runs each for MINUTES minutes or 10
# million executions, whichever comes first (the goal issue 15 sets per target), one at a time,
# on a corpus seeded from tests/fixtures and fuzz/regressions. Prints executions, seconds and
# coverage per target; crashes land in build-fuzz/crashes/<target>/ (copy each into
# fuzz/regressions/<target>/ once fixed, and ctest replays it in the normal build).
#
#   bash tools/fuzz.sh 5            # every target, 5 minutes each
#   bash tools/fuzz.sh 1 time read  # some targets
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-1}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(time read check kb compiled rules config baseline suppress wikidata serve)

# -O1 with line tables and assertions on: what libFuzzer's documentation suggests, and a unity
# build, since the whole library is instrumented.
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLINT_FUZZ=ON \
  -DFACTLINT_BUILD_TESTS=OFF -DFACTLINT_UNITY_BUILD=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build build-fuzz -j2 --target $(printf 'fuzz_%s ' "${targets[@]}")

seeds() {  # the fixture files that suit a target
  case "$1" in
    time | check | read | suppress) echo tests/fixtures/articles tests/fixtures/time tests/fixtures/bad ;;
    kb) echo tests/fixtures/kb tests/fixtures/kb-people ;;
    rules) echo rules ;;
    config) echo tests/fixtures/lint ;;
    baseline) echo tests/fixtures/lint ;;
    wikidata) echo tests/fixtures/wikidata ;;
    serve) echo fuzz/seeds/serve ;;
    compiled) echo fuzz/seeds/compiled ;;
  esac
}

printf '%-10s %12s %8s %8s %8s %s\n' target executions seconds cov ft crashes
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t
  mkdir -p "$corpus" "build-fuzz/crashes/$t"
  for dir in $(seeds "$t") "fuzz/regressions/$t"; do
    [ -d "$dir" ] && find "$dir" -type f -size -64k -exec cp -n {} "$corpus/" \; 2>/dev/null || true
  done
  log=build-fuzz/$t.log
  # A unit that takes this long is a hang. The whole check runs the parser and every rule
  # under the sanitizers, at nice 19: a 9 KB article that takes 0.3 s in the release build
  # has taken 20 s there on a loaded machine, so it gets more.
  timeout=20
  [ "$t" = check ] && timeout=60
  started=$(date +%s)
  (cd "build-fuzz/crashes/$t" &&
    nice -n 19 ../../fuzz/fuzz_$t -max_total_time=$((minutes * 60)) -runs=10000000 \
      -max_len=65536 -timeout=$timeout \
      -rss_limit_mb=2048 -print_final_stats=1 "../../corpus/$t") >"$log" 2>&1 || true
  seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o '[0-9]* second' | grep -o '[0-9]*' ||
    echo "$(($(date +%s) - started))")
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
  crashes=$(find "build-fuzz/crashes/$t" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | wc -l)
  printf '%-10s %12s %8s %8s %8s %s\n' "$t" "$execs" "$seconds" "$cov" "$ft" "$crashes"
done
