#!/usr/bin/env bash
# The Debian package as a user gets it: `cpack -G DEB` from the build tree, unpacked with
# dpkg-deb into a scratch root (no root install needed), then the installed binary checks an
# article with the installed knowledge base and rules. Also checks that `cmake --install` puts
# the man page and the bash and zsh completions where their tools look.
# Usage: deb.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
source_dir="$(cd "$2" && pwd)"
work="$(mktemp -d /tmp/factlint-deb-XXXXXX)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack -G DEB"; }
deb="$(ls "$work"/out/factlint_*.deb)"
# Read once into a variable: `dpkg-deb | grep -q` fails under pipefail when grep stops early.
info="$(dpkg-deb --info "$deb")"
grep -q 'Package: factlint' <<<"$info" || fail "package name"
grep -q 'Depends:.*libre2' <<<"$info" || fail "no shared-library dependencies"
dpkg-deb -x "$deb" "$work/root"
for f in usr/bin/factlint usr/share/man/man1/factlint.1 \
  usr/share/bash-completion/completions/factlint usr/share/zsh/vendor-completions/_factlint \
  usr/share/factlint/rules/event-date.yaml; do
  [ -e "$work/root/$f" ] || fail "missing /$f in the package"
done
ls "$work/root/usr/share/factlint/knowledge/"*/*.yaml >/dev/null || fail "no knowledge base"

# The installed binary finds its own knowledge base and rules (not the source tree's).
cd "$work"
printf 'date 2025-08-08\nThe Ukraine war started by Russia in February 2024.\n' > a.txt
set +e
"$work/root/usr/bin/factlint" check a.txt > check.out 2>&1
code=$?
set -e
[ "$code" = 1 ] || { cat check.out; fail "installed factlint exited $code, expected 1"; }
grep -q "root/usr/share/factlint/knowledge/" check.out || { cat check.out; fail "not the installed knowledge base"; }
"$work/root/usr/bin/factlint" --version | grep "factlint 0.1.0" >/dev/null || fail "--version"

# The man page renders; the completions load in their shells.
man -l "$work/root/usr/share/man/man1/factlint.1" 2>/dev/null | grep "max-warnings" >/dev/null \
  || MANWIDTH=80 groff -man -Tutf8 "$work/root/usr/share/man/man1/factlint.1" 2>/dev/null | grep "max" >/dev/null \
  || fail "man page does not render"
bash -c "source /usr/share/bash-completion/bash_completion 2>/dev/null; source '$work/root/usr/share/bash-completion/completions/factlint'; complete -p factlint" \
  | grep _factlint >/dev/null || fail "bash completion"
if command -v zsh >/dev/null; then
  zsh -n "$work/root/usr/share/zsh/vendor-completions/_factlint" || fail "zsh completion syntax"
fi
echo "deb: $(basename "$deb") builds, unpacks and runs"
