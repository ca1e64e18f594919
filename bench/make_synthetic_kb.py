#!/usr/bin/env python3
"""make_synthetic_kb: writes a synthetic knowledge base of N entities in the shipped schema.

Usage: bench/make_synthetic_kb.py N OUTDIR [--seed S] [--shipped KNOWLEDGE_DIR] [--per-file K]

The shape follows knowledge/ (see knowledge/SCHEMA.md): countries with capitals and demonyms,
places, offices with titles, people holding them in consecutive terms, organizations with
members, and events (wars, attacks, disasters, elections) with dates, tolls, descriptors,
participants and locations. Every 100 entities form one synthetic country's block, so the
ratios stay the same at every N. Names are made of syllables that spell the entity's number,
so they are unique, pronounceable and never collide with the shipped names or English words
news uses.

--shipped KNOWLEDGE_DIR also places some events in the shipped countries (read from
KNOWLEDGE_DIR/countries), so that a layer over the shipped knowledge base (`factlint check
--knowledge OUTDIR`) loads per-country and per-descriptor indexes as a large real one would.
Without it the output is self-contained and `factlint kb validate --no-default-knowledge
--knowledge OUTDIR` accepts it. The output is the same for the same arguments (seeded).
"""
import argparse
import os
import random
import re
import sys

SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70 syllables
FIRST_NAMES = ["Aldo", "Bera", "Cato", "Dima", "Elio", "Fenna", "Galo", "Hana", "Ivo", "Jora",
               "Kemal", "Lina", "Milo", "Nora", "Oren", "Pia", "Rasa", "Silo", "Tova", "Ulla"]
AS_OF = "2025-07-01"
BLOCK = 100  # entities per synthetic country


def spell(number, syllables=3):
    """The number in base-70 syllables, at least `syllables` long: unique per number."""
    parts = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if number == 0 and len(parts) >= syllables:
            break
    return "".join(reversed(parts))


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def day(rng, first_year, last_year):
    return "%04d-%02d-%02d" % (rng.randint(first_year, last_year), rng.randint(1, 12),
                               rng.randint(1, 28))


def shipped_countries(knowledge):
    ids = []
    folder = os.path.join(knowledge, "countries")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".yaml"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as handle:
            text = handle.read()
        ids += re.findall(r"^\s*- id: ([a-z0-9-]+)\n\s*type: country", text, re.M)
    return ids


def q(text):
    return '"' + text.replace('"', '\\"') + '"'


def block(index, size, rng, real_countries):
    """One country's entities (up to `size`) as YAML list items."""
    stem = spell(index).capitalize()
    country_name = stem + "ia"
    country = slug(country_name)
    demonym = stem + "ian"
    out = []
    capital = country + "-capital"
    out.append(f"""  - id: {country}
    type: country
    name: {q(country_name)}
    demonyms: [{q(demonym)}]
    capital: {capital}
    sources: [https://example.org/synthetic/{country}]""")
    places = [capital] + [f"{country}-city-{n}" for n in range(1, 4)]
    for n, place in enumerate(places):
        name = (stem + ["polis", "grad", "ova", "mar"][n]).capitalize()
        out.append(f"""  - id: {place}
    type: place
    name: {q(name)}
    country: {country}
    sources: [https://example.org/synthetic/{place}]""")
    offices = [("president", "President", "head_of_state"),
               ("prime-minister", "Prime Minister", "head_of_government"),
               ("foreign-minister", "Foreign Minister", "foreign_minister"),
               ("vice-president", "Vice President", "deputy_head_of_state"),
               ("defence-minister", "Defence Minister", "other")]
    for key, title, role in offices:
        out.append(f"""  - id: {key}-of-{country}
    type: office
    name: {q(title + " of " + country_name)}
    country: {country}
    role: {role}
    titles: [{q(title)}, {q(demonym + " " + title)}, {q(title + " of " + country_name)}]
    sources: [https://example.org/synthetic/{key}-of-{country}]""")
    # 50 people: ten consecutive holders of each office, the last one in office today.
    person_ids = []
    for key, _, _ in offices:
        start = day(rng, 1950, 1970)
        for term in range(10):
            number = index * BLOCK + len(person_ids)
            surname = spell(number, 4).capitalize()
            first = FIRST_NAMES[number % len(FIRST_NAMES)]
            pid = slug(f"{first} {surname}")
            person_ids.append(pid)
            # The next holder takes office the day this one leaves: terms never overlap.
            end_year = int(start[:4]) + rng.randint(2, 6)
            last = term == 9 or end_year > 2024
            end = "%04d-%02d-%02d" % (end_year, rng.randint(1, 12), rng.randint(1, 28))
            if last:
                term_text = f"{{office: {key}-of-{country}, start: {q(start)}}}"
            else:
                term_text = f"{{office: {key}-of-{country}, start: {q(start)}, end: {q(end)}}}"
            born = "%04d-%02d-%02d" % (int(start[:4]) - rng.randint(35, 60), rng.randint(1, 12),
                                       rng.randint(1, 28))
            out.append(f"""  - id: {pid}
    type: person
    name: {q(first + " " + surname)}
    aliases: [{q(surname)}]
    born: {q(born)}
    positions:
      - {term_text}
    sources: [https://example.org/synthetic/{pid}]""")
            if last:
                break
            start = end
    # Organizations: one regional bloc of this and earlier countries.
    members = [country] + [slug(spell(i).capitalize() + "ia")
                           for i in sorted({rng.randrange(0, index + 1) for _ in range(4)})
                           if i != index]
    org = f"{country}-pact"
    member_text = "\n".join(f"      - {{country: {m}, start: {q(day(rng, 1950, 2020))}}}"
                            for m in members)
    out.append(f"""  - id: {org}
    type: organization
    name: {q(stem + " Pact")}
    descriptors: [bloc, pact]
    founded: "1949"
    members:
{member_text}
    sources: [https://example.org/synthetic/{org}]""")
    # Events fill the rest of the block.
    kinds = [("war", ["war", "conflict"]), ("attack", ["attack", "bombing"]),
             ("disaster", ["earthquake", "disaster"]), ("election", ["election", "vote"]),
             ("summit", ["summit"]), ("crash", ["crash", "air crash"])]
    number = 0
    while len(out) < size:
        category, descriptors = kinds[number % len(kinds)]
        eid = f"{country}-{category}-{number}"
        name = f"{spell(index * BLOCK + number, 3).capitalize()} {category}"
        location = [country]
        if real_countries and rng.random() < 0.5:
            location.append(rng.choice(real_countries))
        lines = [f"  - id: {eid}", "    type: event", f"    category: {category}",
                 f"    name: {q(name)}", f"    aliases: [{q(name + ' of ' + country_name)}]",
                 f"    descriptors: [{', '.join(descriptors)}]"]
        if category == "war":
            start = day(rng, 1950, 2020)
            lines.append(f"    start: {q(start)}")
            if rng.random() < 0.8:
                lines.append(f"    end: {q(str(int(start[:4]) + rng.randint(1, 4)) + start[4:])}")
            lines.append(f"    participants: [{', '.join(location)}]")
        else:
            lines.append(f"    date: {q(day(rng, 1950, 2024))}")
        if category in ("attack", "disaster", "crash"):
            low = rng.randint(2, 400)
            if rng.random() < 0.5:
                lines.append(f"    deaths: {low}")
            else:
                lines.append(f"    deaths: {{min: {low}, max: {low + rng.randint(1, 40)}}}")
        if category == "election":
            lines.append(f"    winner: {person_ids[0]}")
        lines.append(f"    location: [{', '.join(location)}]")
        lines.append(f"    sources: [https://example.org/synthetic/{eid}]")
        out.append("\n".join(lines))
        number += 1
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", type=int, help="entities to write (at least 100)")
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--shipped", help="the shipped knowledge/ folder (layer mode)")
    parser.add_argument("--per-file", type=int, default=5000, help="entities per YAML file")
    args = parser.parse_args()
    if args.n < BLOCK:
        print(f"make_synthetic_kb: N must be at least {BLOCK}", file=sys.stderr)
        return 2
    real = shipped_countries(args.shipped) if args.shipped else []
    rng = random.Random(args.seed)
    os.makedirs(args.outdir, exist_ok=True)
    written, file_number, pending = 0, 0, []

    def flush():
        nonlocal file_number, pending
        if not pending:
            return
        path = os.path.join(args.outdir, "synthetic-%05d.yaml" % file_number)
        with open(path + ".tmp", "w", encoding="utf-8") as handle:
            handle.write(f"# Synthetic entities (bench/make_synthetic_kb.py)\nas_of: \"{AS_OF}\"\n"
                         "entities:\n" + "\n".join(pending) + "\n")
        os.replace(path + ".tmp", path)
        file_number += 1
        pending = []

    index = 0
    while written < args.n:
        # A block is whole (a country and its offices, holders and events): the last one too.
        entities = block(index, BLOCK, rng, real)
        pending += entities
        written += len(entities)
        index += 1
        if len(pending) >= args.per_file:
            flush()
    flush()
    print(f"make_synthetic_kb: {written} entities in {file_number} files under {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
