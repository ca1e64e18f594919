#!/usr/bin/env bash
# Runs Debian's pre-commit with factlint's .pre-commit-hooks.yaml in a scratch git repository
# of articles: a wrong date must block the commit, the corrected article must pass.
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

# The hook repository: factlint's own .pre-commit-hooks.yaml, committed.
mkdir "$scratch/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$scratch/hooks/"
(cd "$scratch/hooks" && git_quiet init -q && git_quiet add . && git_quiet commit -qm hooks)
rev="$(cd "$scratch/hooks" && git rev-parse HEAD)"

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
cat > "$repo/.pre-commit-config.yaml" <<YAML
repos:
  - repo: $scratch/hooks
    rev: $rev
    hooks: [{id: factlint}]
YAML
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
echo "pre-commit: wrong date blocked, corrected article committed"
