#!/usr/bin/env python3
"""compare_outputs: the claims and findings of two `factlint check --format json` runs, file by file.

Usage: bench/compare_outputs.py BEFORE_DIR AFTER_DIR

Each folder holds the JSON outputs of one binary over the same inputs, one *.json file per
command (bench/snapshot_outputs.sh writes them). Everything but timing is compared: per checked
file its publication date, notes, claims (with verdicts) and findings. Prints each difference
and a summary; exits 1 when anything differs, so a speed change that moves a verdict shows.
"""
import json
import os
import sys

TIMING = {"elapsed_ms", "duration_ms", "seconds", "time_ms"}


def strip(value):
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k not in TIMING}
    if isinstance(value, list):
        return [strip(v) for v in value]
    return value


def files_of(path):
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    # By file name: the injected copies live in a temporary folder that differs between runs.
    out = {}
    for f in data.get("files", []):
        f = strip(f)
        out[os.path.basename(f.pop("path"))] = f
    return out


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    before_dir, after_dir = sys.argv[1], sys.argv[2]
    outputs = sorted(n for n in os.listdir(before_dir) if n.endswith(".json"))
    if not outputs:
        print(f"compare_outputs: no *.json in {before_dir}", file=sys.stderr)
        return 2
    checked = claims = findings = differing = 0
    for name in outputs:
        before = files_of(os.path.join(before_dir, name))
        after_path = os.path.join(after_dir, name)
        if not os.path.exists(after_path):
            print(f"{name}: missing in {after_dir}")
            differing += 1
            continue
        after = files_of(after_path)
        for path in sorted(set(before) | set(after)):
            checked += 1
            a, b = before.get(path), after.get(path)
            if a is not None:
                claims += len(a.get("claims", []))
                findings += len(a.get("findings", []))
            if a == b:
                continue
            differing += 1
            if a is None or b is None:
                print(f"{path}: only in {'after' if a is None else 'before'}")
                continue
            for key in sorted(set(a) | set(b)):
                if a.get(key) != b.get(key):
                    print(f"{path}: {key} differs")
    print(f"compare_outputs: {checked} files, {claims} claims, {findings} findings before; "
          f"{differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
