#!/usr/bin/env bash
# Installs the Debian packages factlint needs to build and test, skipping those present.
set -euo pipefail
packages=(g++ cmake make pkg-config libboost-date-time-dev libboost-graph-dev libre2-dev
  libyaml-cpp-dev libxxhash-dev nlohmann-json3-dev catch2 libcli11-dev libgumbo-dev pre-commit git
  chromium libcpp-httplib-dev wrk curl python3 ccache
  clang libclang-rt-14-dev)  # clang and its libFuzzer runtime: tools/fuzz.sh
# Tools that count as present when their command is on PATH, whoever packaged them (Node.js from
# another repository bundles npm, and Debian's npm package would conflict with it).
commands=(nodejs:node npm:npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
for entry in "${commands[@]}"; do
  command -v "${entry#*:}" >/dev/null 2>&1 || missing+=("${entry%%:*}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
