#!/usr/bin/env python3
"""Cross-checks office terms in knowledge/ against ../shared/reference/world_leaders_wikidata_2022.csv.

The reference is an old snapshot: a check, not a source. Prints each term whose start or end
year disagrees with the snapshot's, and each snapshot holder the knowledge base lacks for an
office it models. Matching is by Wikidata QID (offices and people), else by name.

    python3 tools/crosscheck-reference.py [knowledge_dir] [reference_csv]
"""
import csv
import os
import sys

import yaml


def load_entities(root):
    for dirpath, _, files in os.walk(root):
        for name in sorted(files):
            if not name.endswith((".yaml", ".yml")):
                continue
            with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            items = doc.get("entities", []) if isinstance(doc, dict) else (doc or [])
            for e in items:
                yield e


def year(value):
    return int(str(value)[:4]) if value else None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    kb_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "knowledge")
    ref = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "..", "shared", "reference", "world_leaders_wikidata_2022.csv")
    entities = list(load_entities(kb_dir))
    office_by_qid = {e["wikidata"]: e["id"] for e in entities
                     if e.get("type") == "office" and e.get("wikidata")}
    people = [e for e in entities if e.get("type") == "person"]
    person_by_qid = {e["wikidata"]: e for e in people if e.get("wikidata")}
    person_by_name = {e["name"]: e for e in people}
    checked = disagreements = missing = 0
    with open(ref, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            office = office_by_qid.get(row["position"])
            if not office:
                continue
            person = person_by_qid.get(row["officeholder"]) or person_by_name.get(row["officeholderLabel"])
            if not person:
                missing += 1
                print(f"missing  {row['positionLabel']}: {row['officeholderLabel']} "
                      f"({row['start_year']}-{row['end_year']})")
                continue
            terms = [p for p in person.get("positions", []) if p.get("office") == office]
            if not terms:
                missing += 1
                print(f"no term  {person['id']} in {office} (reference {row['start_year']}-{row['end_year']})")
                continue
            checked += 1
            ref_start = year(row["start_year"])
            ref_end = year(row["end_year"])
            starts = {year(t.get("start")) for t in terms}
            ends = {year(t.get("end")) for t in terms}
            if ref_start not in starts or (ref_end and ref_end not in ends):
                disagreements += 1
                print(f"differs  {person['id']} in {office}: knowledge base "
                      f"{sorted(s for s in starts if s)}-{sorted(e for e in ends if e)}, "
                      f"reference {row['start_year']}-{row['end_year']}")
    print(f"checked {checked} terms against the reference: {disagreements} disagree, "
          f"{missing} reference holders missing")


if __name__ == "__main__":
    main()
