#!/usr/bin/env bash
# Installs what is missing, builds factlint and its tests warning-free, and runs the whole test
# suite through ctest; then the same, but the evaluation floors, under AddressSanitizer and UBSan
# (skip with FACTLINT_SKIP_SANITIZE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs="$(nproc)"
# A compiler cache makes a rebuild after a small change, or a second build tree, cheap.
launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
start=$SECONDS
stamp() { echo "run-tests: $1 after $((SECONDS - start)) s" >&2; }
# Line tables (-g1) are all a test failure's backtrace needs, and compile and link faster than
# full debug information; a unity build compiles the library, server and command line in
# batches (two fifths less compile time for them). A build of your own keeps CMake's defaults,
# which rebuild less after a small change.
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTLINT_WERROR=ON -DFACTLINT_UNITY_BUILD=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" "${launcher[@]}" >/dev/null
cmake --build build -j"$jobs"
stamp "release build"
(cd build && ctest --output-on-failure -j"$jobs")
stamp "release tests"
if [ "${FACTLINT_SKIP_SANITIZE:-0}" != "1" ]; then
  # Clang for this tree: it compiles the instrumented build in about two thirds of GCC's time,
  # and a second compiler's warnings (under -Werror) keep the code portable.
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DFACTLINT_SANITIZE=ON -DFACTLINT_WERROR=ON \
    -DFACTLINT_UNITY_BUILD=ON -DCMAKE_CXX_COMPILER=clang++ \
    -DCMAKE_CXX_FLAGS_DEBUG="-g1" "${launcher[@]}" >/dev/null
  cmake --build build-asan -j"$jobs"
  stamp "sanitizer build"
  # The evaluation floors (label eval) measure verdicts, which the release tree has just done;
  # under the sanitizers they would only repeat them, at a minute and a half of the run.
  (cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ctest --output-on-failure -j"$jobs" -LE eval)
  stamp "sanitizer tests"
fi
