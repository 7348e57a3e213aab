#!/usr/bin/env python3
"""Writes a supplier list for `watchlist screen` benchmarks: id, supplier_name, country.

Names are the evaluation set's ordinary names (eval/negatives.jsonl) recombined, plus about 1 in 200
rows taken from the evaluation set's listed-name queries (the hits). Deterministic for a given seed.

    python3 scripts/make-suppliers.py 1000000 > suppliers.csv
"""
import csv
import json
import random
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)

ordinary, listed = [], []
for path in sorted((root / "eval").glob("*.jsonl")):
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        (listed if case["expected"] else ordinary).append(case["query"])
suffixes = ["", "", "", " LLC", " Ltd", " GmbH", " Trading Co.", " S.A.", " Inc.", " Logistics", " Holdings"]
countries = ["US", "DE", "GB", "FR", "CN", "IN", "TR", "AE", "PL", "BY", "RU", "BR", ""]

writer = csv.writer(sys.stdout, lineterminator="\n")
writer.writerow(["id", "supplier_name", "country"])
for number in range(1, rows + 1):
    if rng.random() < 0.005:
        name = rng.choice(listed)
    else:
        name = rng.choice(ordinary) + rng.choice(suffixes)
    writer.writerow([f"S{number:07d}", name, rng.choice(countries)])
