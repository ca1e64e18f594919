#!/usr/bin/env bash
# Installs what is missing, builds factlint, and checks the shipped example article against
# the default knowledge base and rules, writing its HTML review report to reports/sample/. Exit
# code 1 means findings (the example has a slip).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target factlint
# The review report an editor reads (reports/sample/index.html); exit 1 only means findings.
build/factlint check --format html --output reports/sample/ examples/peace-talks.md || [ $? -eq 1 ]
build/factlint check examples/peace-talks.md
