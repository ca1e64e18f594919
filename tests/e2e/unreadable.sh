#!/usr/bin/env bash
# A file and a folder without read permission among the inputs: each is reported on a line of
# its own (exit 2) and the other files are checked and reported. Root reads whatever the mode
# says, so there the test is skipped (exit 77) with a message saying so.
#
#   unreadable.sh FACTLINT_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
root=$2
dir=$(mktemp -d)
trap 'chmod -R u+rwx "$dir"; rm -rf "$dir"' EXIT
cd "$dir"
text=$'date 2025-01-01\n\nThe Russian invasion of Ukraine began on February 24, 2021.\n'
mkdir -p in/private
printf '%s' "$text" >a.txt
printf '%s' "$text" >secret.txt
printf '%s' "$text" >in/b.txt
printf '%s' "$text" >in/private/c.txt
chmod 000 secret.txt in/private
if cat secret.txt >/dev/null 2>&1; then
  echo "SKIPPED: running as $(id -un), who can read a chmod 000 file; run as another user"
  exit 77
fi
rc=0
# --format ends the --rules list, which would take the paths too.
"$bin" check --no-default-knowledge --knowledge "$root/tests/fixtures/kb" --no-default-rules \
  --rules "$root/rules/event-date.yaml" --format text a.txt secret.txt in >out.txt 2>err.txt ||
  rc=$?
cat out.txt err.txt
[ "$rc" -eq 2 ] || { echo "FAIL: exit $rc, expected 2"; exit 1; }
grep -qx 'factlint: secret.txt: cannot read: Permission denied' err.txt || exit 1
grep -qx 'factlint: in/private: cannot read folder: Permission denied' err.txt || exit 1
[ "$(wc -l <err.txt)" -eq 2 ] || { echo "FAIL: one line per unreadable path expected"; exit 1; }
grep -q 'a.txt' out.txt && grep -q 'in/b.txt' out.txt && grep -q '2 files checked' out.txt
