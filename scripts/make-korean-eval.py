#!/usr/bin/env python3
"""Writes eval/korean.jsonl: North Korean people of OFAC's SDN list, screened under the South's spelling of
their family name (`RI, Song Chol` as `Lee Song-chol`, `PAK, Jong Chol` as `Park Jong-chol`).

South Korean reporting, customer records and passports write family names in the spellings of the group's
first column below; the lists keep the North's (McCune-Reischauer with the initial r kept). The groups are
the ones `KoreanSurnameVariants` knows, with the South's usual spelling first; a person whose listed family
name is already that spelling is left out (nothing to vary).

Expected: every entity of the compiled watchlist with a name of the same words as the listed name (any
list), so another list's record of the same person counts as found.

Usage: python3 scripts/make-korean-eval.py --lists ../shared/lists --watchlist /tmp/all.db --out eval/korean.jsonl
Standard library only; deterministic (sorted by entity number).
"""
import argparse
import csv
import json
import re

from korean_names import SOUTH_SPELLINGS, read_names, words

SOUTH_OF = {listed: south for south, others in SOUTH_SPELLINGS.items() for listed in others}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lists", required=True)
    parser.add_argument("--watchlist", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    ids_by_words, _ = read_names(args.watchlist)

    cases = []
    with open(f"{args.lists}/ofac/sdn_csv_2024-06/sdn.csv", encoding="utf-8", errors="replace") as file:
        for row in csv.reader(file):
            if len(row) < 4 or row[2] != "individual" or "DPRK" not in row[3] or "," not in row[1]:
                continue
            family, given = (part.strip() for part in row[1].split(",", 1))
            south = SOUTH_OF.get(family.lower())
            if south is None or not given:
                continue
            given_words = re.split(r"[\s-]+", given)
            query = south.capitalize() + " " + given_words[0].capitalize() + "".join("-" + w.lower() for w in given_words[1:])
            expected = ids_by_words.get(frozenset(words(row[1])), set()) | {f"ofac:{row[0]}"}
            cases.append((int(row[0]), query, sorted(expected), row[1]))

    with open(args.out, "w", encoding="utf-8") as out:
        for _, query, expected, listed in sorted(cases):
            out.write(json.dumps({"query": query, "expected": expected, "class": "korean-family-names",
                                  "note": f"OFAC SDN {listed}, the South's spelling of the family name"},
                                 ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases written to {args.out}")


if __name__ == "__main__":
    main()
