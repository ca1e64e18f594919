#!/usr/bin/env bash
# Installs what is missing, builds factlint, and checks the shipped example article against
# the default knowledge base and rules. Exit code 1 means findings (the example has a slip).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target factlint
build/factlint check examples/peace-talks.md
