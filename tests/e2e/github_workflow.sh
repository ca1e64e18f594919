#!/usr/bin/env bash
# Checks the README's GitHub Actions snippet as far as it can be checked off GitHub: valid YAML,
# actions pinned to a major version, the package built on a cache miss only and the SARIF
# uploaded even when the check fails; every library the build finds comes from a package of
# `tools/install-deps.sh --build-only` (what the snippet installs); the build step run as written
# on a clone at FACTLINT_REV (the compile and the packing themselves are left to ctest
# `package.deb`); the check step run as written on a scratch articles/ folder.
#   github_workflow.sh FACTLINT_BINARY SOURCE_DIR
set -euo pipefail
binary="$1"
source_dir="$2"
scratch="$(mktemp -d /tmp/factlint-workflow-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import yaml' 2>/dev/null; then python="$candidate"; break; fi
done
[ -n "$python" ] || { echo "SKIPPED: no python3 with PyYAML (python3-yaml)"; exit 77; }
if ! git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  echo "SKIPPED: $source_dir is not a git clone"
  exit 77
fi

# The snippet, and its steps: each `run:` written to a script of its own.
awk '/^### GitHub Actions/{p=1} p && /^```yaml/{f=1; next} f && /^```/{exit} f' \
  "$source_dir/README.md" >"$scratch/workflow.yml"
[ -s "$scratch/workflow.yml" ] || fail "no GitHub Actions snippet in the README"
"$python" - "$scratch" <<'EOF'
import re, sys, yaml
scratch = sys.argv[1]
w = yaml.safe_load(open(scratch + "/workflow.yml"))
def fail(msg):
    print("FAIL: " + msg); sys.exit(1)
if not isinstance(w, dict) or "jobs" not in w: fail("the snippet is not a workflow")
# YAML 1.1 reads the key `on` as true.
if "on" not in w and True not in w: fail("the workflow has no `on:` trigger")
rev = (w.get("env") or {}).get("FACTLINT_REV")
if not rev: fail("no env.FACTLINT_REV")
open(scratch + "/rev", "w").write(str(rev))
steps = [s for job in w["jobs"].values() for s in job.get("steps", [])]
for s in steps:
    if "uses" in s and not re.fullmatch(r"[\w.-]+/[\w./-]+@v\d+", s["uses"]):
        fail("action not pinned to a major version: " + s["uses"])
uses = [s.get("uses", "") for s in steps]
for needed in ("actions/checkout@", "actions/cache@", "github/codeql-action/upload-sarif@"):
    if not any(u.startswith(needed) for u in uses): fail("no step uses " + needed)
cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
if "always()" not in str(upload.get("if", "")): fail("the SARIF upload does not run when the check fails")
runs = [s for s in steps if "run" in s]
build = [s for s in runs if "cmake" in s["run"]]
check = [s for s in runs if re.search(r"^\s*factlint check ", s["run"], re.M)]
if len(build) != 1 or len(check) != 1: fail("expected one build step and one check step")
if cache.get("id", "") not in str(build[0].get("if", "")) or "cache-hit" not in str(build[0].get("if", "")):
    fail("the build step does not run on a cache miss only")
open(scratch + "/build.sh", "w").write(build[0]["run"])
open(scratch + "/check.sh", "w").write(check[0]["run"])
EOF
rev="$(cat "$scratch/rev")"

# Every library CMake finds must come with a build-only package (or one those pull in).
mapfile -t packages < <(bash "$source_dir/tools/install-deps.sh" --build-only --list)
cmake -S "$source_dir" -B "$scratch/configure" -DFACTLINT_BUILD_TESTS=OFF >/dev/null
found=()
while IFS= read -r dir; do
  config="$(find "$dir" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \) | head -1)"
  [ -n "$config" ] && found+=("$config")
done < <(sed -n 's/^[A-Za-z0-9_-]*_DIR:PATH=\(\/usr\/.*\)$/\1/p' "$scratch/configure/CMakeCache.txt")
mapfile -t modules < <(sed -n 's/^pkg_check_modules([A-Z0-9_]* REQUIRED IMPORTED_TARGET \([^ )]*\)).*/\1/p' \
  "$source_dir/CMakeLists.txt")
[ ${#modules[@]} -gt 0 ] || fail "no pkg_check_modules found in CMakeLists.txt"
for module in "${modules[@]}"; do
  found+=("$(pkg-config --variable=pcfiledir "$module")/$module.pc")
done
found+=(/usr/include/boost/graph/adjacency_list.hpp /usr/include/CLI/CLI.hpp)
closure="$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
  --no-replaces --no-enhances "${packages[@]}" 2>/dev/null | sed -n 's/^ *\(Pre\)\?Depends: //p;
  /^[a-z0-9]/p' | tr -d '<>' | sed 's/:any$//' | sort -u)"
for f in "${found[@]}"; do
  owner="$(dpkg -S "$f" 2>/dev/null | head -1 | cut -d: -f1)"
  [ -n "$owner" ] || fail "$f (found by the build) belongs to no Debian package"
  grep -qx "$owner" <<<"$closure" ||
    fail "$f comes from $owner, which tools/install-deps.sh --build-only does not install"
done
echo "ok: ${#found[@]} libraries the build finds come from build-only packages"

# The build step as written, on a clone of this repository at FACTLINT_REV: `git clone` of the
# published address clones this repository instead; compiling and packing are skipped.
mkdir -p "$scratch/bin" "$scratch/home"
cat >"$scratch/bin/git" <<EOF
#!/usr/bin/env bash
if [ "\$1" = clone ]; then exec /usr/bin/git clone -q --no-hardlinks "$source_dir" "\$3"; fi
exec /usr/bin/git "\$@"
EOF
cat >"$scratch/bin/cmake" <<'EOF'
#!/usr/bin/env bash
if [ "$1" = --build ]; then echo "(compile skipped)"; exit 0; fi
exec /usr/bin/cmake "$@"
EOF
printf '#!/bin/sh\necho "(packing skipped)"\n' >"$scratch/bin/cpack"
chmod +x "$scratch/bin/git" "$scratch/bin/cmake" "$scratch/bin/cpack"
sed "s|/tmp/factlint|$scratch/factlint|g" "$scratch/build.sh" >"$scratch/build-here.sh"
# A clone made without tags (as CI systems fetch) lacks the release tag: it then names HEAD.
if ! git -C "$source_dir" cat-file -e "$rev^{commit}" 2>/dev/null; then
  [ -z "$(git -C "$source_dir" tag -l)" ] || fail "FACTLINT_REV $rev does not resolve"
  sed -i "s|checkout \"\$FACTLINT_REV\"|tag \"\$FACTLINT_REV\" \&\& git -C $scratch/factlint checkout -q \"\$FACTLINT_REV\"|" \
    "$scratch/build-here.sh"
fi
(cd "$scratch" && HOME="$scratch/home" PATH="$scratch/bin:$PATH" FACTLINT_REV="$rev" \
  bash --noprofile --norc -eo pipefail build-here.sh) >"$scratch/build.log" 2>&1 ||
  { cat "$scratch/build.log"; fail "the build step failed"; }
[ -f "$scratch/factlint/build/CMakeCache.txt" ] || fail "the build step did not configure"
echo "ok: the build step configures a clone at $rev"

# The check step as written: a wrong date fails the step (exit 1) and still writes the SARIF.
mkdir -p "$scratch/work/articles" "$scratch/checkbin"
ln -s "$binary" "$scratch/checkbin/factlint"
cp "$source_dir/examples/peace-talks.md" "$scratch/work/articles/"
set +e
(cd "$scratch/work" && PATH="$scratch/checkbin:$PATH" bash --noprofile --norc -eo pipefail \
  "$scratch/check.sh") >"$scratch/check.log" 2>&1
status=$?
set -e
[ "$status" -eq 1 ] || { cat "$scratch/check.log"; fail "the check step exited $status, not 1"; }
"$python" - "$scratch/work/factlint.sarif" <<'EOF' || fail "factlint.sarif is not the SARIF expected"
import json, sys
log = json.load(open(sys.argv[1]))
results = log["runs"][0]["results"]
assert log["version"] == "2.1.0" and any(r["level"] == "error" for r in results), results
EOF
echo "ok: the check step writes factlint.sarif with the article's error"
