#!/usr/bin/env bash
# Runs Debian's pre-commit with the README's snippet (factlint's .pre-commit-hooks.yaml at the
# rev it names) in a scratch git repository of articles: a wrong date must block the commit, the
# corrected article must pass; with `baseline:` in .factlint.yaml, a recorded finding passes.
#   lint_pre_commit.sh FACTLINT_BINARY SOURCE_DIR
set -euo pipefail
binary="$1"
source_dir="$2"
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (tools/install-deps.sh)"; exit 1; }
scratch="$(mktemp -d /tmp/factlint-pre-commit-XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache" HOME="$scratch/home"
mkdir -p "$HOME" "$scratch/bin"
ln -s "$binary" "$scratch/bin/factlint"
export PATH="$scratch/bin:$PATH"
git_quiet() { git -c user.name=test -c user.email=test@example.org -c init.defaultBranch=main "$@"; }

# The .pre-commit-config.yaml is the README's snippet, literally, but for `repo:`, which names
# this repository's clone here instead of where it is published: the `rev:` it gives must
# resolve in this repository's history.
snippet="$(awk '/^### pre-commit/{p=1} p && /^```yaml/{f=1; next} f && /^```/{exit} f' \
  "$source_dir/README.md")"
rev="$(sed -n 's/^ *rev: *\([^ #]*\).*/\1/p' <<<"$snippet")"
[ -n "$rev" ] || { echo "FAIL: no rev: in the README's pre-commit snippet"; exit 1; }
if ! git -C "$source_dir" rev-parse --git-dir >/dev/null 2>&1; then
  echo "SKIPPED: $source_dir is not a git clone, so the README's rev cannot be looked up"
  exit 77
fi
# A clone made without tags (CI systems often fetch the branch alone) cannot say whether a tag
# exists; the hooks are then exercised as they are at HEAD, under the README's tag name.
tag_missing=false
if ! git -C "$source_dir" cat-file -e "$rev^{commit}" 2>/dev/null; then
  if [ "$(git -C "$source_dir" rev-parse --is-shallow-repository)" = true ]; then
    echo "SKIPPED: shallow clone; the README's rev $rev may be older than its history"
    exit 77
  fi
  if [ -n "$(git -C "$source_dir" tag -l)" ]; then
    echo "FAIL: the README's pre-commit rev $rev does not resolve in this repository"
    exit 1
  fi
  tag_missing=true
fi
git_quiet clone -q --no-hardlinks "$source_dir" "$scratch/hooks"
if $tag_missing; then
  echo "note: this clone has no tags; $rev stands for HEAD in the scratch hook repository"
  git_quiet -C "$scratch/hooks" tag "$rev"
fi

# The article repository, with its own knowledge base and rules through .factlint.yaml.
repo="$scratch/articles"
mkdir -p "$repo/kb" "$repo/checks" "$repo/news"
cp "$source_dir/tests/fixtures/kb/"*.yaml "$repo/kb/"
cp "$source_dir/rules/event-date.yaml" "$repo/checks/"
cat > "$repo/.factlint.yaml" <<YAML
knowledge: [kb]
default_knowledge: false
rule_paths: [checks]
default_rules: false
YAML
sed -E "s|^( *- repo: )[^ ]+.*|\1$scratch/hooks|" <<<"$snippet" > "$repo/.pre-commit-config.yaml"
grep -q "repo: $scratch/hooks" "$repo/.pre-commit-config.yaml" || { echo "FAIL: no repo: line"; exit 1; }
cd "$repo"
git_quiet init -q
pre-commit install >/dev/null
git_quiet add .factlint.yaml .pre-commit-config.yaml kb checks
git_quiet commit -qm setup

printf -- '---\ndate: 2025-08-08\n---\nThe Ukraine war started by Russia in February 2024.\n' > news/war.md
git_quiet add news/war.md
if git_quiet commit -qm "wrong date" >"$scratch/wrong.log" 2>&1; then
  cat "$scratch/wrong.log"
  echo "FAIL: the commit with a wrong date was not blocked"
  exit 1
fi
grep -q "news/war.md:4:38: error:" "$scratch/wrong.log" || {
  cat "$scratch/wrong.log"
  echo "FAIL: the hook did not report the wrong date"
  exit 1
}

printf -- '---\ndate: 2025-08-08\n---\nThe Ukraine war started by Russia in February 2022.\n' > news/war.md
git_quiet add news/war.md
if ! git_quiet commit -qm "fixed date" >"$scratch/fixed.log" 2>&1; then
  cat "$scratch/fixed.log"
  echo "FAIL: the commit with the corrected date was blocked"
  exit 1
fi
[ "$(git log --format=%s -1)" = "fixed date" ] || { echo "FAIL: nothing committed"; exit 1; }

# An accepted finding, recorded in a baseline that .factlint.yaml names, no longer blocks.
printf -- '---\ndate: 2025-08-08\n---\nThe Ukraine war started by Russia in February 2024.\n' > news/old.md
factlint check --write-baseline .factlint-baseline.json news/old.md >/dev/null 2>&1 \
  || { echo "FAIL: --write-baseline did not exit 0"; exit 1; }
printf 'baseline: .factlint-baseline.json\n' >> .factlint.yaml
git_quiet add news/old.md .factlint.yaml .factlint-baseline.json
if ! git_quiet commit -qm "archived copy" >"$scratch/baseline.log" 2>&1; then
  cat "$scratch/baseline.log"
  echo "FAIL: a finding in the configured baseline blocked the commit"
  exit 1
fi
echo "pre-commit: wrong date blocked, corrected article committed, baseline honoured"
