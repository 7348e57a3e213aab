#!/usr/bin/env python3
"""Writes a supplier list for `watchlist screen` benchmarks: id, supplier_name, country.

A real export of a million suppliers holds a million mostly different names whose words follow a long
tail: common given names, surnames and company words recur, and many words (rare surnames, brand names)
occur once or a few times. So names are composed here, not drawn whole from a small pool:

- people (45%): a given name and a surname of one culture from eval/name-parts.json, in the orders lists
  and exports use ("Anna Kovalenko", "KOVALENKO, Anna", "Kovalenko Anna"), sometimes with an initial or a
  patronymic;
- companies (55%): a surname, place or brand word with an industry word and a legal form, or a Slavic
  stem and suffix ("Promtorg OOO");
- the long tail: a third of the surnames are blends of two surnames of the same culture ("Kowalewicz"
  from "Kowalski" and "Lewandowicz"), and a third of the brand words are made of syllables ("Norvitek"),
  so most such words are new to the screener;
- about 1 in 200 rows is a listed-name query from the evaluation set (a hit).

`--pool` writes the old, easier file instead: the evaluation set's ordinary names, whole, with a company
suffix (about 32,000 distinct names in a million rows). Deterministic for a given seed.

    python3 scripts/make-suppliers.py 1000000 > suppliers.csv
    python3 scripts/make-suppliers.py 1000000 7 --pool > suppliers-pool.csv
"""
import csv
import json
import random
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
pool_mode = "--pool" in sys.argv
rows = int(arguments[0]) if arguments else 1_000_000
rng = random.Random(int(arguments[1]) if len(arguments) > 1 else 7)

ordinary, listed = [], []
for path in sorted((root / "eval").glob("*.jsonl")):
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        (listed if case["expected"] else ordinary).append(case["query"])
countries = ["US", "DE", "GB", "FR", "CN", "IN", "TR", "AE", "PL", "BY", "RU", "BR", ""]
parts = json.loads((root / "eval" / "name-parts.json").read_text(encoding="utf-8"))

cultures = []
for culture in parts["people"].values():
    given = culture.get("given", []) + culture.get("given_male", []) + culture.get("given_female", [])
    surnames = culture.get("surnames", []) + culture.get("surnames_male", [])
    if given and surnames:
        cultures.append((given, surnames, culture.get("patronymics_male", [])))
companies = parts["companies"]
industries = [word for group in companies.values() for word in group.get("industry", [])]
places = [word for group in companies.values() for word in group.get("words", [])]
legal_forms = [form for group in companies.values() for form in group.get("legal_forms", [])]
slavic = companies["slavic"]
syllables = ["ka", "ro", "lex", "tra", "vi", "mo", "nor", "tek", "sol", "ian", "bel", "dor", "fin", "gal",
             "ve", "ta", "zen", "mar", "ko", "lin", "sen", "vos", "tri", "al", "ex", "on", "ra", "pol", "stan"]


def blend(first, second):
    """Front of one surname, back of another: a plausible surname that is usually new."""
    cut_first = rng.randint(max(2, len(first) // 2 - 1), max(2, len(first) - 1))
    cut_second = rng.randint(1, max(1, len(second) // 2))
    return first[:cut_first] + second[cut_second:]


def surname(surnames):
    if rng.random() < 0.33:
        return blend(rng.choice(surnames), rng.choice(surnames))
    return rng.choice(surnames)


def brand():
    if rng.random() < 0.33:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
    if rng.random() < 0.5:
        return rng.choice(places)
    given, surnames, _ = rng.choice(cultures)
    return surname(surnames)


def person():
    given, surnames, patronymics = rng.choice(cultures)
    first, last = rng.choice(given), surname(surnames)
    if patronymics and rng.random() < 0.3:
        first = f"{first} {rng.choice(patronymics)}"
    elif rng.random() < 0.1:
        first = f"{first} {rng.choice('ABCDEFGHJKLMNPRSTV')}."
    layout = rng.random()
    if layout < 0.55:
        return f"{first} {last}"
    if layout < 0.8:
        return f"{last.upper()}, {first}"
    return f"{last} {first}"


def company():
    layout = rng.random()
    if layout < 0.2:
        name = rng.choice(slavic["stems"]) + rng.choice(slavic["suffixes"])
        return f"{name} {rng.choice(slavic['legal_forms'])}" if rng.random() < 0.5 else f"{rng.choice(slavic['legal_forms'])} {name}"
    if layout < 0.75:
        name = f"{brand()} {rng.choice(industries)}"
    elif layout < 0.9:
        name = f"{brand()} {brand()}"
    else:
        _, surnames, _ = rng.choice(cultures)
        name = f"{surname(surnames)} & {surname(surnames)}"
    return f"{name} {rng.choice(legal_forms)}" if rng.random() < 0.7 else name


pool_suffixes = ["", "", "", " LLC", " Ltd", " GmbH", " Trading Co.", " S.A.", " Inc.", " Logistics", " Holdings"]
writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["id", "supplier_name", "country"])
for number in range(1, rows + 1):
    if rng.random() < 0.005:
        name = rng.choice(listed)
    elif pool_mode:
        name = rng.choice(ordinary) + rng.choice(pool_suffixes)
    else:
        name = person() if rng.random() < 0.45 else company()
    writer.writerow([f"S{number:07d}", name, rng.choice(countries)])
