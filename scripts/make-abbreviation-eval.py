#!/usr/bin/env python3
"""Writes eval/abbreviations.jsonl: Russian research and design organizations under the abbreviation of
their kind when the lists spell it out, and spelled out when the lists abbreviate it.

`JOINT STOCK COMPANY CONCERN AVRORA SCIENTIFIC AND PRODUCTION ASSOCIATION` is asked as `JOINT STOCK
COMPANY CONCERN AVRORA NPO`, `NPO SPLAV` as `RESEARCH AND PRODUCTION ASSOCIATION SPLAV`,
`Научно-производственное объединение ...` as `НПО ...`. A case is written only when no entity holding
the source name also has a name with the other form (then the case would find it by that name). The
expected entities are all those holding the source name, and the other lists' copies of the party: those
with the same name once the kind of organization is abbreviated and legal forms are left out.

The abbreviations are the standard Russian ones (НПО научно-производственное объединение, ОКБ
опытно-конструкторское бюро, ...), with the English the lists use for them. Python 3 standard library
only; deterministic (sorted input).

    python3 scripts/make-abbreviation-eval.py --watchlist /tmp/all.db --out eval/abbreviations.jsonl
"""
import argparse
import importlib.util
import json
import os
import re
import sqlite3

# (pattern of the spelled-out form, the abbreviation in Latin letters, in Cyrillic letters)
SPELLED_OUT = [
    (r"(?:SCIENTIFIC|RESEARCH|SCIENCE)(?: AND |-AND-| |-)PRODUCTION ASSOCIATION", "NPO", "НПО"),
    (r"(?:SCIENTIFIC|RESEARCH|SCIENCE)(?: AND |-AND-| |-)PRODUCTION ENTERPRISE", "NPP", "НПП"),
    (r"(?:SCIENTIFIC|RESEARCH|SCIENCE)(?: AND |-AND-| |-)PRODUCTION CORPORATION", "NPK", "НПК"),
    (r"(?:SCIENTIFIC|RESEARCH|SCIENCE)(?: AND |-AND-| |-)PRODUCTION CENT(?:ER|RE)", "NPTs", "НПЦ"),
    (r"EXPERIMENTAL DESIGN BUREAU", "OKB", "ОКБ"),
    (r"SPECIAL DESIGN BUREAU", "SKB", "СКБ"),
    (r"CENTRAL DESIGN BUREAU", "TsKB", "ЦКБ"),
    (r"CENTRAL (?:SCIENTIFIC )?RESEARCH INSTITUTE", "TsNII", "ЦНИИ"),
    (r"(?:SCIENTIFIC )?RESEARCH INSTITUTE", "NII", "НИИ"),
    (r"NAUCHNO[- ]PROIZVODSTVENNOE OB[ \"']?[YI]?EDINENIE", "NPO", "НПО"),
    (r"NAUCHNO[- ]PROIZVODSTVENNOE PREDPRIYATIE", "NPP", "НПП"),
    (r"OPYTNO[- ]KONSTRUKTORSKOE BYURO", "OKB", "ОКБ"),
    (r"НАУЧНО[- ]ПРОИЗВОДСТВЕННОЕ ОБЪЕДИНЕНИЕ", None, "НПО"),
    (r"НАУЧНО[- ]ПРОИЗВОДСТВЕННОЕ ПРЕДПРИЯТИЕ", None, "НПП"),
    (r"НАУЧНО[- ]ПРОИЗВОДСТВЕННАЯ КОРПОРАЦИЯ", None, "НПК"),
    (r"ОПЫТНО[- ]КОНСТРУКТОРСКОЕ БЮРО", None, "ОКБ"),
    (r"НАУЧНО[- ]ИССЛЕДОВАТЕЛЬСКИЙ ИНСТИТУТ", None, "НИИ"),
]

# The abbreviation as a word, and how a list or a supplier might spell it out (alternating).
ABBREVIATED = {
    "NPO": ["SCIENTIFIC PRODUCTION ASSOCIATION", "RESEARCH AND PRODUCTION ASSOCIATION"],
    "NPP": ["SCIENTIFIC PRODUCTION ENTERPRISE", "RESEARCH AND PRODUCTION ENTERPRISE"],
    "NPK": ["SCIENTIFIC PRODUCTION CORPORATION", "RESEARCH AND PRODUCTION CORPORATION"],
    "OKB": ["EXPERIMENTAL DESIGN BUREAU"],
    "SKB": ["SPECIAL DESIGN BUREAU"],
    "TSKB": ["CENTRAL DESIGN BUREAU"],
    "NII": ["SCIENTIFIC RESEARCH INSTITUTE", "RESEARCH INSTITUTE"],
    "TSNII": ["CENTRAL RESEARCH INSTITUTE"],
    "НПО": ["Научно-производственное объединение"],
    "НПП": ["Научно-производственное предприятие"],
    "ОКБ": ["Опытно-конструкторское бюро"],
    "НИИ": ["Научно-исследовательский институт"],
    "КБ": ["Конструкторское бюро"],
}

RUSSIAN_PROGRAMME = re.compile(r"RUSSIA|BELARUS|UKRAINE|CYBER|Russia|Belarus|Ukraine")


def normalized(name):
    return " ".join(re.findall(r"\w+", name.upper()))


LEGAL_FORMS = {
    "JSC", "PJSC", "OJSC", "CJSC", "AO", "OAO", "ZAO", "PAO", "OOO", "LLC", "JOINT", "STOCK", "COMPANY", "PUBLIC",
    "OPEN", "CLOSED", "THE", "OF", "AND", "АО", "ОАО", "ЗАО", "ПАО", "ООО", "АКЦИОНЕРНОЕ", "ОБЩЕСТВО",
    # Their romanizations (added 2026-12-02, with `romanized_party_key`).
    "AKTSIONERNOE", "OBSHCHESTVO", "OTKRYTOE", "ZAKRYTOE", "PUBLICHNOE",
}


def party_key(name):
    """The name with its kind of organization abbreviated and legal forms left out: two entities with the
    same key are one party on two lists (`JSC OKB FAKEL` and `JOINT STOCK COMPANY EXPERIMENTAL DESIGN BUREAU
    FAKEL`)."""
    upper = normalized(name.replace("-", " "))
    for pattern, latin, cyrillic in SPELLED_OUT:
        upper = re.sub(pattern.replace("-", " ").replace("[ ", "[").replace("[ \"']", "[ ]"), latin or cyrillic, upper)
    return " ".join(word for word in upper.split() if word not in LEGAL_FORMS)


def _load_eval_sets():
    """make-eval-sets.py, for its Cyrillic romanization (BGN/PCGN) and word folding."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "make-eval-sets.py")
    spec = importlib.util.spec_from_file_location("make_eval_sets", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


EVAL_SETS = _load_eval_sets()


def romanized_party_key(name):
    """A Cyrillic name's party key in Latin letters (`АО «НПП «Связь»` -> `NPP SVYAZ`, as OFAC's `AKTSIONERNOE
    OBSHCHESTVO NAUCHNO PROIZVODSTVENNOE PREDPRIYATIE SVYAZ`), or None: one party's Cyrillic and Latin
    records are then expected alike (since 2026-12-02; before, Canada's Cyrillic copy ranked first and
    counted as a top-1 failure)."""
    if not is_cyrillic(name):
        return None
    latin = EVAL_SETS.romanized(EVAL_SETS.tokens(party_key(name)))
    return " ".join(latin).upper() if latin else None


def is_cyrillic(text):
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--watchlist", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    db = sqlite3.connect(args.watchlist)
    entities = []
    holders = {}
    parties = {}
    for entity_id, body in db.execute("select id, body from entity where kind = 'organization' order by id"):
        record = json.loads(body)
        names = [n["value"] for n in record["names"]]
        # Weak aliases match only exactly, so they are no source of a variant.
        sources = [n["value"] for n in record["names"] if n["kind"] != "weak_alias"]
        programmes = " ".join(p.get("code", "") for p in record.get("programs", []))
        entities.append((entity_id, names, sources, programmes))
        for name in names:
            holders.setdefault(normalized(name), set()).add(entity_id)
            parties.setdefault(party_key(name), set()).add(entity_id)
            latin_key = romanized_party_key(name)
            if latin_key:
                parties.setdefault(latin_key, set()).add(entity_id)
    names_of = {entity_id: names for entity_id, names, _, _ in entities}

    def any_holder_has(expected, test):
        return any(test(normalized(name)) for holder in expected for name in names_of[holder])

    cases = {}
    turn = 0
    for entity_id, names, sources, programmes in entities:
        russian = bool(RUSSIAN_PROGRAMME.search(programmes)) or any(is_cyrillic(n) for n in names)
        if not russian:
            continue
        for name in sources:
            upper = name.upper()
            expected = sorted(holders[normalized(name)])
            party = sorted(holders[normalized(name)] | parties[party_key(name)])
            for pattern, latin, cyrillic in SPELLED_OUT:
                match = re.search(pattern, upper)
                if not match:
                    continue
                abbreviation = cyrillic if is_cyrillic(name) else latin
                if abbreviation is None:
                    continue
                word = re.compile(r"\b" + re.escape(normalized(abbreviation)) + r"\b")
                if any_holder_has(expected, lambda n: word.search(n) is not None):
                    continue
                query = re.sub(r"\s+", " ", (upper[: match.start()] + " " + abbreviation + " " + upper[match.end():]).strip())
                note = f"{entity_id} {name!r}: the kind of organization abbreviated"
                cases.setdefault(query, (party, note))
                break
            for word in re.findall(r"\w+", name):
                spellings = ABBREVIATED.get(word.upper()) if word.isupper() or is_cyrillic(word) else None
                if not spellings:
                    continue
                spelled = spellings[turn % len(spellings)]
                turn += 1
                if any_holder_has(expected, lambda n: normalized(spelled) in n):
                    continue
                query = re.sub(r"\b" + re.escape(word) + r"\b", spelled, name, count=1)
                note = f"{entity_id} {name!r}: the abbreviation spelled out"
                cases.setdefault(query, (party, note))
                break
    with open(args.out, "w", encoding="utf-8") as out:
        for query in sorted(cases):
            expected, note = cases[query]
            line = {"query": query, "expected": expected, "class": "abbreviations", "kind": "organization", "note": note}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases written to {args.out}")


if __name__ == "__main__":
    main()
