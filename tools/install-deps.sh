#!/usr/bin/env bash
# Installs the Debian packages factlint needs, skipping those present (apt-get, through sudo when
# not root).
#
#   bash tools/install-deps.sh               # build, test, benchmark and fuzz
#   bash tools/install-deps.sh --build-only  # only what building the binary and its package needs
#   bash tools/install-deps.sh --build-only --list   # print those package names, install nothing
#
# The build-only set is what the README's GitHub workflow installs, so the workflow cannot drift
# from the build (ctest `lint.github_workflow` checks that every library CMake finds is in it).
set -euo pipefail
build_packages=(g++ cmake make pkg-config libboost-date-time-dev libboost-graph-dev libre2-dev
  libyaml-cpp-dev libxxhash-dev nlohmann-json3-dev libcli11-dev libgumbo-dev libcpp-httplib-dev
  dpkg-dev file)  # CPack: dpkg-shlibdeps (dpkg-dev) and file find the package's Depends
test_packages=(catch2 pre-commit git chromium wrk curl python3 python3-yaml ccache
  clang libclang-rt-14-dev)  # clang and its runtimes: the sanitizer tree and tools/fuzz.sh
# Tools that count as present when their command is on PATH, whoever packaged them (Node.js from
# another repository bundles npm, and Debian's npm package would conflict with it).
commands=(nodejs:node npm:npm)

build_only=false
list=false
for arg in "$@"; do
  case "$arg" in
    --build-only) build_only=true ;;
    --list) list=true ;;
    *) echo "install-deps.sh: unknown option '$arg' (--build-only, --list)" >&2; exit 2 ;;
  esac
done
packages=("${build_packages[@]}")
if ! $build_only; then packages+=("${test_packages[@]}"); fi
if $list; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ! $build_only; then
  for entry in "${commands[@]}"; do
    command -v "${entry#*:}" >/dev/null 2>&1 || missing+=("${entry%%:*}")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
