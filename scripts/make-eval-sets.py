#!/usr/bin/env python3
"""Writes watchlist's labelled evaluation sets (eval/*.jsonl) from the real list files.

Usage (from the repository root; Python 3 standard library only):

    swift run -c release watchlist build ../shared/lists -o /tmp/all.db --keep-going
    python3 scripts/make-eval-sets.py --lists ../shared/lists --watchlist /tmp/all.db --out eval

Query material (the names to screen) is read from the official files themselves: OFAC SDN CSV and alt.csv,
the UN consolidated XML, OFSI's ConList XLSX, Canada's SEMA XML and DFAT's XLSX. The compiled watchlist
(built by `watchlist build` from the same files) is read with sqlite3 only to learn the entity ids our
readers give, which entities in other lists are the same party, and which generated negatives are listed.

Everything is deterministic: a fixed seed, inputs iterated in sorted order. See eval/README.md for what
each class holds and how expected ids are chosen.
"""

import argparse
import collections
import csv
import json
import os
import random
import re
import sqlite3
import sys
import unicodedata
import zipfile
import xml.etree.ElementTree as ET

# ----------------------------------------------------------------------------------------------------------
# Normalization: a close copy of TextNormalizer for Latin text (NFKC, invisible characters and apostrophes
# dropped, special letters spelled out, diacritics dropped, lowercase, split on anything not a letter or
# digit). Non-Latin words are kept as they are (casefolded): Python has no ICU romanizer, and the script
# names are only ever compared with other script names.
# ----------------------------------------------------------------------------------------------------------

APOSTROPHES = set("'\u2019\u2018\u02bc\u02b9`\u00b4")
LETTER_SPELLINGS = {
    "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "þ": "th", "Þ": "th",
    "ð": "d", "Ð": "d", "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ı": "i",
}


def raw_words(text):
    """Words as TextNormalizer splits them: letters, marks and digits; format characters and apostrophes
    never split a word."""
    words, current = [], []
    for ch in unicodedata.normalize("NFKC", text):
        category = unicodedata.category(ch)
        if ch in APOSTROPHES or category == "Cf":
            continue
        if category[0] in "LMN":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def fold(word):
    spelled = "".join(LETTER_SPELLINGS.get(ch, ch) for ch in word.lower())
    decomposed = unicodedata.normalize("NFKD", spelled)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ё", "е")


def tokens(text):
    """Folded words of a name (Latin words are ASCII afterwards)."""
    return [w for w in (fold(w) for w in raw_words(text)) if w]


def is_latin(toks):
    return bool(toks) and all(t.isascii() for t in toks)


SCRIPTS = ("LATIN", "CYRILLIC", "ARABIC", "GREEK", "HEBREW", "GEORGIAN", "ARMENIAN", "CJK", "HANGUL", "HIRAGANA",
           "KATAKANA", "THAI", "DEVANAGARI")


def letter_script(ch):
    if ch.isascii():
        return "Latin"
    name = unicodedata.name(ch, "")
    return next((script.title() for script in SCRIPTS if name.startswith(script)), "Other")


def is_letter(ch):
    # Modifier letters (ʻ, ʼ) are left out: they belong to no script.
    return unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo")


def script_of(text):
    """The script most of a name's letters are in: Latin, Cyrillic, Arabic, Cjk, ... ("None" without letters)."""
    counts = collections.Counter(letter_script(ch) for ch in text if is_letter(ch))
    return counts.most_common(1)[0][0] if counts else "None"


def has_diacritics(text):
    """Latin letters with diacritics (or special letters) and no letters of another script."""
    letters = [ch for ch in text if is_letter(ch)]
    return any(not ch.isascii() for ch in letters) and all(letter_script(ch) == "Latin" for ch in letters)


def levenshtein(a, b):
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def ratio(a, b):
    longest = max(len(a), len(b))
    return 1.0 if longest == 0 else 1 - levenshtein(a, b) / longest


def greedy_pairs(a, b):
    """Pairs tokens of a and b one to one, most similar first: [(ratio, token_a, token_b)]."""
    scored = sorted(((ratio(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)), reverse=True)
    used_a, used_b, pairs = set(), set(), []
    for score, i, j in scored:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((score, a[i], b[j]))
    return pairs


LOOSE_REPLACEMENTS = [("sch", "s"), ("tch", "c"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("zh", "z"), ("ts", "c"),
                      ("tz", "c"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("j", "i"),
                      ("y", "i"), ("z", "s")]


# Given name -> the first form of its group in name-parts.json's given_name_equivalents (Oleksandr ->
# alexander); filled in by main().
GIVEN_NAME_CANONICAL = {}


def loose_key(token):
    """A deliberately coarse romanization-invariant key: a given name's canonical form first; then an
    initial y/j/i before a vowel dropped (Yermakov / Ermakov), any initial vowel written "*", and the
    consonants without h after folding common digraphs, doubled letters collapsed. Used only to keep
    near-listed names out of the negatives."""
    t = GIVEN_NAME_CANONICAL.get(token, token)
    for old, new in LOOSE_REPLACEMENTS:
        t = t.replace(old, new)
    if len(t) > 1 and t[0] == "i" and t[1] in "aeiou":
        t = t[1:]
    if not t:
        return t
    key = "*" if t[0] in "aeiou" else t[0]
    for c in t[1:]:
        if c not in "aeiouh" and c != key[-1]:
            key += c
    return key


# Russian Cyrillic to Latin, after BGN/PCGN 1947 (ye only word-initially; ё is already folded to е), with
# the Ukrainian and Belarusian letters і, ї, є, ґ, ў. Used only to find listed namesakes of a Cyrillic query.
CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
}


def romanized(toks):
    """Cyrillic words romanized; None when a word holds letters of another script."""
    result = []
    for token in toks:
        if not all(ch in CYRILLIC_TO_LATIN or ch.isascii() for ch in token):
            return None
        word = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in token)
        result.append("ye" + word[1:] if token.startswith("е") else word)
    return result


# Legal forms and the connecting words of organization names, normalized. Used to find an organization's
# core words. Source: the same ISO 20275 (GLEIF ELF) abbreviations OrganizationTerms.swift lists.
LEGAL_FORM_WORDS = {
    "llc", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "co", "plc", "llp", "lp", "jsc", "ojsc",
    "cjsc", "pjsc", "ooo", "oao", "zao", "pao", "ao", "tov", "pat", "prat", "chup", "up", "iooo", "sooo", "odo",
    "gmbh", "ag", "kg", "sa", "sas", "sarl", "sl", "srl", "spa", "bv", "nv", "fze", "fzco", "pte", "pty", "bhd",
    "sdn", "company", "liability", "joint", "stock", "open", "closed", "public", "obshchestvo", "ogranichennoi",
    "ogranichennoy", "otvetstvennostyu", "aktsionernoe", "otkrytoe", "zakrytoe", "publichnoe", "tovarystvo",
}
CONNECTORS = {"of", "the", "and", "for", "de", "la", "el", "al", "du", "des", "del", "da", "do", "i", "y", "et", "und",
              "abu", "abou", "bin", "ibn", "bint", "ben", "van", "von", "der", "den"}


def core(toks):
    return [t for t in toks if t not in LEGAL_FORM_WORDS]


# Romanized Russian legal-form words that LEGAL_FORM_WORDS lacks ("s" of "obshchestvo s ogranichennoy ...").
# Kept apart so that core(), and the classes made with it, stay as they were.
ROMANIZED_LEGAL_FORM_WORDS = {"s", "ogranichennoi", "aktsionernoye", "publichnoye", "otkrytoye", "zakrytoye", "nao"}


def core_words(toks):
    return [t for t in core(toks) if t not in ROMANIZED_LEGAL_FORM_WORDS and t not in CONNECTORS]


# ----------------------------------------------------------------------------------------------------------
# The compiled watchlist: ids, names, dates of birth, and indexes over them.
# ----------------------------------------------------------------------------------------------------------

class Watchlist:
    def __init__(self, path):
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.kind = {}
        self.latin = collections.defaultdict(list)   # id -> [token tuple] of Latin names
        self.seeds = collections.defaultdict(list)   # id -> Latin names distinctive enough to find namesakes
        self.script = collections.defaultdict(list)  # id -> [token tuple] of non-Latin names
        self.romanized_names = collections.defaultdict(list)  # id -> Cyrillic names romanized (BGN/PCGN)
        # id -> names that are the party's own today: not a former name, not a weak alias (Latin token tuples
        # and romanized Cyrillic ones). A former name is often another company's (MB BANK was BANK MELLI IRAN
        # ZAO, a subsidiary of BANK MELLI IRAN).
        self.current_names = collections.defaultdict(set)
        self.primary_names = collections.defaultdict(set)  # id -> Latin primary names (token tuples)
        self.dob_full = collections.defaultdict(set)
        self.dob_years = collections.defaultdict(set)
        self.latin_index = collections.defaultdict(set)
        self.script_index = collections.defaultdict(set)
        self.dob_index = collections.defaultdict(set)
        self.exact_keys = set()
        self.loose_index = collections.defaultdict(set)  # loose key -> (id, name position)
        self.loose_names = {}
        for entity_id, kind, body in connection.execute("SELECT id, kind, body FROM entity ORDER BY id"):
            entity = json.loads(body)
            self.kind[entity_id] = kind
            for name in entity["names"]:
                toks = tuple(tokens(name["value"]))
                if not toks:
                    continue
                current = name["kind"] not in ("former", "weak_alias")
                if is_latin(toks):
                    if current:
                        self.current_names[entity_id].add(toks)
                    if name["kind"] == "primary":
                        self.primary_names[entity_id].add(toks)
                    distinctive = {t for t in core(toks) if len(t) >= 3 and t not in CONNECTORS}
                    # A person's name needs two distinctive words to name someone; an organization's one.
                    needed = 2 if kind == "person" else 1
                    if name["kind"] != "weak_alias" and len(distinctive) >= needed and toks not in self.seeds[entity_id]:
                        self.seeds[entity_id].append(toks)
                    if toks not in self.latin[entity_id]:
                        self.latin[entity_id].append(toks)
                        for t in set(toks):
                            self.latin_index[t].add(entity_id)
                    self.exact_keys.add(tuple(sorted(toks)))
                    key = (entity_id, len(self.loose_names))
                    self.loose_names[key] = [loose_key(t) for t in core(toks) or toks]
                    for k in set(self.loose_names[key]):
                        self.loose_index[k].add(key)
                elif toks not in self.script[entity_id]:
                    self.script[entity_id].append(toks)
                    for t in set(toks):
                        self.script_index[t].add(entity_id)
                    latin = romanized(toks)
                    if latin:
                        self.romanized_names[entity_id].append(tuple(latin))
                        if current:
                            self.current_names[entity_id].add(tuple(latin))
            for date in entity.get("birthDates", []):
                for form, value in date.items():
                    values = [value["_0"]] + ([value["_1"]] if "_1" in value else [])
                    years = [int(v[:4]) for v in values if v[:4].isdigit()]
                    if form == "exact" and len(values[0]) == 10:
                        self.dob_full[entity_id].add(values[0])
                        self.dob_index[values[0]].add(entity_id)
                    if form == "between" and len(years) == 2 and years[1] - years[0] <= 20:
                        self.dob_years[entity_id].update(range(years[0], years[1] + 1))
                    elif form == "approximately" and years:
                        self.dob_years[entity_id].update(range(years[0] - 1, years[0] + 2))
                    elif years:
                        self.dob_years[entity_id].add(years[0])
        self.ids = set(self.kind)
        self.romanized_index = None

    def holders(self, toks):
        """Entities holding a name in the query's script whose words all appear in the query, or that
        holds all the query's words (at least two words either way, or the same single word): these
        match the query trivially."""
        latin = is_latin(toks)
        index, names = (self.latin_index, self.latin) if latin else (self.script_index, self.script)
        query = set(toks)
        counts = collections.Counter(i for t in sorted(query) for i in index.get(t, ()))
        found = set()
        for entity_id, shared in counts.items():
            if shared < min(2, len(query)):
                continue
            for name in names[entity_id]:
                words = set(name)
                if len(words) >= 2 and len(query) >= 2 and (words <= query or query <= words):
                    found.add(entity_id)
                elif words == query:
                    found.add(entity_id)
        return found

    def acronym_holders(self, acronym):
        """Entities an acronym names as well as the party it was taken from: those with a Latin name holding
        it as a word (`IRISL EUROPE GMBH`, the alias `MIT AG`) and those whose Latin name has the same
        initials (`KISH INTERNATIONAL BANK` for KIB). A bare acronym names all of them alike."""
        if not hasattr(self, "initials_index"):
            self.initials_index = collections.defaultdict(set)
            for entity_id, names in self.latin.items():
                for name in names:
                    letters = initials(list(name))
                    if letters:
                        self.initials_index[letters].add(entity_id)
        return set(self.latin_index.get(acronym, ())) | self.initials_index.get(acronym, set())

    def superset(self, toks):
        """Entities with a Latin name holding every one of these words (two or more words), or whose
        core words equal them (one word)."""
        query = set(toks)
        if not query:
            return set()
        postings = [self.latin_index.get(t, set()) for t in sorted(query)]
        candidates = set.intersection(*postings) if postings else set()
        found = set()
        for entity_id in candidates:
            for name in self.latin[entity_id]:
                if len(query) >= 2 and query <= set(name):
                    found.add(entity_id)
                elif len(query) == 1 and set(core(name)) == query:
                    found.add(entity_id)
        return found

    def linked(self, entity_id):
        """Other lists' records of the same person: the same full date of birth and similar Latin names."""
        found = set()
        for date in sorted(self.dob_full.get(entity_id, ())):
            placeholder = date.endswith("-01-01")
            for other in sorted(self.dob_index[date]):
                if other != entity_id and self.kind.get(other) == "person" and self.similar_names(entity_id, other, placeholder):
                    found.add(other)
        return found

    def similar_names(self, a, b, strict):
        for x in self.latin[a][:8]:
            for y in self.latin[b][:8]:
                pairs = greedy_pairs(list(x), list(y))
                strong = sum(1 for score, s, _ in pairs if score >= 0.8 and len(s) >= 4)
                fair = sum(1 for score, _, _ in pairs if score >= 0.5)
                if strong >= 2 or (not strict and strong >= 1 and (fair >= 2 or min(len(x), len(y)) == 1)):
                    return True
        return False

    def same_party(self, entity_id):
        """The entity, its linked records, and every entity holding one of its names whole (names of two or
        more distinctive words, weak aliases left out)."""
        found = {entity_id} | self.linked(entity_id)
        for name in self.seeds.get(entity_id, []):
            found |= self.superset(core(name) or name)
        return found

    def spelled_alike(self, entity_id, shortest_word=1):
        """Other lists' records of the same party that `linked` misses because a date of birth is absent:
        people whose name of three or more words is spelled alike (`names_spelled_alike`) to one of the entity's
        (Valerii Valerevich IVANKOVICH / Valeriy Valeryevich Ivankovich), with no dates of birth that disagree
        and no word shorter than `shortest_word`;
        organizations whose core words (two or more) pair one to one with words alike (`words_alike`), a
        Cyrillic name romanized first (OBSHCHESTVO ... "OKEAN ELEKTRONIKI" / ООО «Океан Электроники»).

        For organizations since 2026-12-02: through current names only (no former name, no weak alias), and not
        through an alias both hold verbatim that is neither's primary name when their primary names have no word
        alike, which makes them namesakes (`shared_alias_only`; `telling_namesakes` decides those). ANSAR
        AL-ISLAM and JAYSH AL-ADL share the alias `SOLDIERS OF GOD`, MB BANK's former name is BANK MELLI IRAN
        ZAO, and the loose keys of SHUSTARI and SATTARI are both `str` (SHAHID SHUSTARI INDUSTRIES and SHAHID
        SATTARI INDUSTRIES are two of Iran's missile plants)."""
        kind = self.kind.get(entity_id)
        own = self.latin[entity_id] + self.romanized_names[entity_id]
        found = set()
        if kind == "person":
            for name in own:
                if len(name) < 3 or min(len(t) for t in name) < shortest_word:
                    continue
                keys = {loose_key(t) for t in name}
                for other in sorted(self.loose_candidates(keys, minimum=2)):
                    if other == entity_id or self.kind.get(other) != "person" or self.dates_disagree(entity_id, other):
                        continue
                    if any(len(theirs) == len(name) and names_spelled_alike(list(name), list(theirs))
                           for theirs in self.latin[other] + self.romanized_names[other]):
                        found.add(other)
        elif kind == "organization":
            for name in own:
                if name not in self.current_names[entity_id]:
                    continue
                keys = sorted(loose_key(t) for t in core_words(name))
                if len(keys) < 2:
                    continue
                for other in sorted(self.loose_candidates(set(keys), minimum=len(set(keys)))):
                    if other != entity_id and self.kind.get(other) == "organization" and any(
                            organization_names_alike(name, theirs, self.shared_alias_only(entity_id, other, name))
                            for theirs in sorted(self.current_names[other])):
                        found.add(other)
        return found

    def shared_alias_only(self, a, b, name):
        """True when both entities hold this Latin name verbatim, neither as its primary name, and their primary
        names have no core word alike: ANSAR AL-ISLAM and JAYSH AL-ADL both have the alias `SOLDIERS OF GOD`;
        OFAC's and DFAT's JUND AL-KHILAFAH IN TUNISIA share `DAESH TUNISIA` and their primary names' words."""
        if name not in self.latin[a] or name not in self.latin[b]:
            return False
        if name in self.primary_names[a] or name in self.primary_names[b]:
            return False
        if not self.primary_names[a] or not self.primary_names[b]:
            return False
        return not any(words_alike(s, t) for x in self.primary_names[a] for y in self.primary_names[b]
                       for s in core_words(x) for t in core_words(y))

    def loose_candidates(self, keys, minimum):
        """Entities with a Latin or romanized name holding at least `minimum` of these loose keys."""
        if self.romanized_index is None:
            self.romanized_index = collections.defaultdict(set)
            for entity_id, names in self.romanized_names.items():
                for name in names:
                    for t in name:
                        self.romanized_index[loose_key(t)].add(entity_id)
        counts = collections.Counter()
        for k in sorted(keys):
            holders = {entity_id for entity_id, _ in self.loose_index.get(k, ())} | self.romanized_index.get(k, set())
            counts.update(holders)
        return {entity_id for entity_id, n in counts.items() if n >= minimum}

    def dates_disagree(self, a, b):
        if self.dob_full.get(a) and self.dob_full.get(b) and not self.dob_full[a] & self.dob_full[b]:
            return True
        return bool(self.dob_years.get(a) and self.dob_years.get(b) and not self.dob_years[a] & self.dob_years[b])

    def telling_namesakes(self, entity_id, query_latin, latin_query=False):
        """Namesakes (entities holding one of the entity's names whole) that a name-only screener must return
        for the query. Through a name held by at most three entities: every such organization (for a Latin
        query, `latin_query`, only those paired as people are), and every such
        person whose name pairs each word of a Latin or romanized query with a word at edit ratio >= 0.4, one
        of them >= 0.8. Through a more common name: those whose name pairs each query word with a close one
        (>= 0.75). `same_party` keeps every namesake; a spelling variant whose holders are all excluded would
        otherwise expect other people who only share "Abdul Rahman" or "Muhammad Yusuf" with the party."""
        def pairs_query(other, threshold, strong=0.0):
            words = core(query_latin) or query_latin
            for theirs in self.latin[other]:
                if len(theirs) < len(words):
                    continue
                scores = [score for score, _, _ in greedy_pairs(list(words), list(theirs))]
                if all(score >= threshold for score in scores) and max(scores, default=0) >= strong:
                    return True
            return False
        found = set()
        for name in self.seeds.get(entity_id, []):
            holding = self.superset(core(name) or name)
            for other in holding:
                # Through a rare name, an organization is a namesake of a Latin query only if the query is a
                # spelling of that name too (since 2026-12-02): JAYSH AL-ADL and ANSAR AL-ISLAM share the alias
                # `SOLDIERS OF GOD`, and the query `JUNDALLAH` names only the first. (A script query's Latin
                # namesakes are often translations: `Ростех` and `ROSTEC`.)
                telling = self.kind.get(other) != "person" and not latin_query
                if len(holding) <= 3 and (query_latin is None or telling or pairs_query(other, 0.4, 0.8)):
                    found.add(other)
                elif query_latin is not None and pairs_query(other, 0.75):
                    found.add(other)
        return found

    def nearly_listed(self, toks):
        """True when a listed name equals the words, or when every (core) word has a partner with the same
        loose key in one listed name."""
        if tuple(sorted(toks)) in self.exact_keys:
            return True
        keys = [loose_key(t) for t in core(toks) or toks]
        candidates = None
        for k in sorted(set(keys)):
            postings = self.loose_index.get(k, set())
            candidates = set(postings) if candidates is None else candidates & postings
            if not candidates:
                return False
        for key in candidates or ():
            listed = self.loose_names[key]
            if len(listed) >= 2 or len(keys) == 1:
                return True
        return False


# ----------------------------------------------------------------------------------------------------------
# Readers of the official files (only what the cases need: names, their kind, and the record id).
# ----------------------------------------------------------------------------------------------------------

SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def xlsx_rows(path):
    """Rows of the first worksheet as lists of strings (shared and inline strings resolved)."""
    with zipfile.ZipFile(path) as archive:
        shared = []
        if "xl/sharedStrings.xml" in archive.namelist():
            for item in ET.fromstring(archive.read("xl/sharedStrings.xml")).iter(SHEET_NS + "si"):
                shared.append("".join(t.text or "" for t in item.iter(SHEET_NS + "t")))
        sheet = ET.fromstring(archive.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(SHEET_NS + "row"):
        cells = {}
        for cell in row.iter(SHEET_NS + "c"):
            reference = re.match(r"[A-Z]+", cell.get("r")).group(0)
            column = 0
            for letter in reference:
                column = column * 26 + ord(letter) - 64
            value = cell.find(SHEET_NS + "v")
            kind = cell.get("t")
            if kind == "s" and value is not None:
                text = shared[int(value.text)]
            elif kind == "inlineStr":
                text = "".join(t.text or "" for t in cell.iter(SHEET_NS + "t"))
            else:
                text = value.text if value is not None and value.text else ""
            cells[column - 1] = text
        if cells:
            yield [cells.get(i, "") for i in range(max(cells) + 1)]


def read_ofac_sdn(path):
    """OFAC legacy SDN CSV: (ofac id, kind, name). A header row, if any, is skipped."""
    records = []
    with open(path, encoding="latin-1", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 3 or not row[0].strip().isdigit():
                continue
            kind = {"individual": "person", "vessel": "vessel", "aircraft": "aircraft"}.get(row[2].strip().lower(), "organization")
            records.append(("ofac:" + row[0].strip(), kind, row[1].strip()))
    return records


def read_ofac_alt(path):
    """OFAC legacy alt.csv: (ofac id, alias type, alias)."""
    records = []
    with open(path, encoding="latin-1", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 4 or not row[0].strip().isdigit():
                continue
            records.append(("ofac:" + row[0].strip(), row[2].strip().lower(), row[3].strip()))
    return records


def read_un(path):
    """UN consolidated XML: dicts with id, kind, parts (FIRST..FOURTH_NAME), aliases, original script names."""
    records = []
    root = ET.parse(path).getroot()
    for tag, kind in (("INDIVIDUAL", "person"), ("ENTITY", "organization")):
        for node in root.iter(tag):
            reference = (node.findtext("REFERENCE_NUMBER") or "").strip()
            if not reference:
                continue
            parts = [(node.findtext(f) or "").strip() for f in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
            aliases = []
            for alias in node.iter(tag + "_ALIAS"):
                name = (alias.findtext("ALIAS_NAME") or "").strip()
                if name:
                    aliases.append(((alias.findtext("QUALITY") or "").strip(), name))
            scripts = [(e.text or "").strip() for e in node.iter("NAME_ORIGINAL_SCRIPT") if (e.text or "").strip()]
            records.append({"id": "un:" + reference, "kind": kind, "parts": [p for p in parts if p],
                            "aliases": aliases, "scripts": scripts})
    return records


def read_ofsi_xlsx(path):
    """OFSI ConList XLSX: one dict per row with the group id, kind, surname, given names, alias type and
    non-Latin name."""
    rows = iter(xlsx_rows(path))
    next(rows)  # "Last Updated"
    header = next(rows)
    column = {name: index for index, name in enumerate(header)}
    records = []
    for row in rows:
        def cell(name):
            index = column.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""
        group = cell("Group ID")
        if not group:
            continue
        kind = {"Individual": "person", "Entity": "organization", "Ship": "vessel"}.get(cell("Group Type"), "unknown")
        records.append({"id": "ofsi:" + group, "kind": kind, "surname": cell("Name 6"),
                        "given": [cell(f"Name {i}") for i in range(1, 6) if cell(f"Name {i}")],
                        "alias_type": cell("Alias Type"), "script": cell("Name Non-Latin Script")})
    return records


def canada_slug(text):
    slug = ""
    for ch in text.lower():
        if ch.isascii() and ch.isalnum():
            slug += ch
        elif slug and not slug.endswith("-"):
            slug += "-"
    return slug.strip("-")


def read_canada(path):
    """Canada SEMA XML: dicts with the id our reader builds (country-schedule-item), the names, and the
    alias list split on commas with any "Language:" prefix removed."""
    records = []
    for node in ET.parse(path).getroot():
        def text(tag):
            value = node.findtext(tag)
            return " ".join(value.split()) if value and value.strip() else ""
        country, item = text("Country"), text("Item")
        if not country or not item:
            continue
        english = country.split(" / ")[0].strip()
        local = "-".join(p for p in (canada_slug(english), canada_slug(text("Schedule")), canada_slug(item)) if p)
        # Names of organizations are often given as "English/French": each half is a name.
        aliases = [re.sub(r"^[A-Z][a-z]+:\s*", "", a.strip()) for a in re.split(r"[,;/]", text("Aliases"))]
        entity = text("EntityOrShip").split("/")[0].strip()
        records.append({"id": "ca:" + local, "given": text("GivenName"), "last": text("LastName"),
                        "entity": entity, "aliases": [a for a in aliases if a]})
    return records


def read_dfat(path):
    """DFAT consolidated XLSX: (au id, name type, name)."""
    rows = iter(xlsx_rows(path))
    header = next(rows)
    column = {name.strip(): index for index, name in enumerate(header)}
    records = []
    for row in rows:
        reference = row[column["Reference"]].strip() if len(row) > column["Reference"] else ""
        number = re.match(r"\d+", reference)
        if not number or len(row) <= column["Name Type"]:
            continue
        records.append(("au:" + number.group(0), row[column["Name Type"]].strip().lower(),
                        row[column["Name of Individual or Entity"]].strip()))
    return records


# ----------------------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------------------

class CaseSet:
    def __init__(self, watchlist):
        self.watchlist = watchlist
        self.cases = collections.defaultdict(list)
        self.seen = set()
        self.unknown_ids = collections.Counter()

    def add(self, query, expected, case_class, exclude=(), note=None):
        query = re.sub(r" {2,}", " ", query.strip(" "))
        known = sorted(i for i in expected if i in self.watchlist.ids)
        for missing in set(expected) - set(known):
            self.unknown_ids[missing.split(":")[0]] += 1
        key = (case_class, query)
        if key in self.seen or not query:
            return False
        if expected and not known:
            return False
        self.seen.add(key)
        case = {"query": query, "expected": known, "class": case_class}
        excluded = sorted(set(exclude) - set(known))
        if excluded:
            case["exclude"] = excluded
        if note:
            case["note"] = note
        self.cases[case_class].append(case)
        return True


def pick(rng, items, count):
    """A deterministic sample of at most count items, kept in their original order."""
    items = list(items)
    if len(items) <= count:
        return items
    chosen = sorted(rng.sample(range(len(items)), count))
    return [items[i] for i in chosen]


def is_variant(a, b):
    """True when two token lists are spelling variants of each other: as many words, each paired with a
    similar word (edit ratio >= 0.5, same first letter or >= 0.7), and not the same words."""
    if len(a) != len(b) or sorted(a) == sorted(b):
        return False
    if len(a) == 1 and len(a[0]) < 6:
        return False
    pairs = greedy_pairs(a, b)
    return all(score >= 0.7 or (score >= 0.5 and x[0] == y[0]) for score, x, y in pairs)


def names_spelled_alike(a, b):
    """True when every word of a pairs with a word of b at edit ratio >= 0.8 or with the same loose key
    (Valerii Valerevich / Valeriy Valeryevich; Yevgen Vitaliiovych / Yevheniy Vitalyevich), so that
    KORNIENKO and KHRAMENKOV, both Roman Aleksandrovich, and ASIMOV and ANISIMOV stay two people each.
    Short words paired by edit ratio alone must begin alike (the same first letter of their loose keys), since
    2026-12-02: `QAYED` and `SAYED` are two names, and `QAYED, Muhammad Hassan` is not `HASHAN, Sayed
    Mohammad`; words of eight letters or more need not (Belarusian `Mikalaevich`, Russian `Nikolaevich`)."""
    def begin_alike(x, y):
        return loose_key(x)[:1] == loose_key(y)[:1] or min(len(x), len(y)) >= 8
    return all((score >= 0.8 and begin_alike(x, y)) or loose_key(x) == loose_key(y) for score, x, y in greedy_pairs(a, b))


def words_alike(s, t):
    """Two words of organization names that spell the same word: the same loose key and an edit ratio >= 0.7,
    or four letters at most, or one the other's start (`IRAN` / `IRANIAN`); not `SHUSTARI` / `SATTARI`."""
    if loose_key(s) != loose_key(t):
        return False
    shorter, longer = sorted((s, t), key=len)
    return ratio(s, t) >= 0.7 or len(longer) <= 4 or (len(shorter) >= 4 and longer.startswith(shorter))


def organization_names_alike(a, b, shared_alias):
    """True when the core words of two organization names pair one to one with words alike (`words_alike`),
    unless they are the same alias of two organizations that are not otherwise alike (`shared_alias`)."""
    x, y = core_words(a), core_words(b)
    if len(x) < 2 or len(x) != len(y):
        return False
    if a == b and shared_alias:
        return False
    return all(words_alike(s, t) for _, s, t in greedy_pairs(x, y))


def variant_case(cases, query, source_ids, case_class, note):
    """A query that some records hold and others of the same party do not: the holders are excluded, the
    other records of the party are expected: its linked and alike-spelled records and the namesakes that
    tell it apart (see `telling_namesakes`)."""
    watchlist = cases.watchlist
    toks = tokens(query)
    holders = watchlist.holders(toks)
    latin = toks if is_latin(toks) else romanized(toks)
    targets = set()
    for source in sorted(source_ids):
        if source in watchlist.ids:
            targets |= {source} | watchlist.linked(source) | watchlist.spelled_alike(source)
            targets |= watchlist.telling_namesakes(source, latin, latin_query=is_latin(toks))
    if not targets:
        return False
    # Listed namesakes of a Cyrillic query (written the BGN/PCGN way) are right answers too.
    latin = romanized(toks)
    if latin and (len(set(latin)) >= 2 or len(latin[0]) >= 4):
        targets |= watchlist.superset(latin if len(set(latin)) >= 2 else core(latin))
    # Every expected record's own other-list records (same full date of birth, similar names) are right
    # answers too (since 2026-12-02): DFAT's `Aleksandr Shcherbakov` for OFAC's `SHCHERBAKOV, Alexander
    # Vladimirovich`, both born 1965-05-12, ranked first and counted as a top-1 failure.
    for target in sorted(targets):
        targets |= watchlist.linked(target)
    targets -= holders
    if not targets:
        return False
    return cases.add(query, targets, case_class, exclude=holders, note=note)


def transliteration_cases(cases, sources, rng, limits):
    """Names in Cyrillic, Arabic and other scripts, expected to find the Latin-only records of the party."""
    by_key = collections.OrderedDict()
    for query, entity_id, origin in sources:
        # Some lists annotate the language in Latin after the name: "ፍትዊ ዓብዱረዛቕ (Tigrinya)".
        query = re.sub(r"\s*\([A-Za-z ]+\)\s*$", "", query).strip()
        key = tuple(tokens(query))
        if not key or is_latin(key) or script_of(query) in ("Latin", "None"):
            continue
        entry = by_key.setdefault(key, [query, set(), origin])
        entry[1].add(entity_id)
    classes = collections.defaultdict(list)
    for key in sorted(by_key):
        query, ids, origin = by_key[key]
        script = script_of(query)
        case_class = {"Cyrillic": "transliteration-cyrillic", "Arabic": "transliteration-arabic"}.get(script, "transliteration-other")
        classes[case_class].append((query, ids, origin))
    for case_class in sorted(classes):
        candidates = classes[case_class]
        rng.shuffle(candidates)
        added = 0
        for query, ids, origin in candidates:
            if added >= limits[case_class]:
                break
            query = one_script_name(query)
            if query and variant_case(cases, query, ids, case_class, origin):
                added += 1


# Legal forms that are no name on their own ("АО" as a whole original-script field).
BARE_LEGAL_FORMS = {"ао", "оао", "зао", "пао", "ооо", "тоо", "ип", "чуп", "уп"}


def one_script_name(query):
    """The first whole name in an original-script field that holds several joined by a Latin "and" or "or"
    ("Тетяна Юріївна Томіліна and Томилина Татьяна Юрьевна", "or Цивилёв"): in the field's script, not a
    fragment starting in lowercase, not a bare legal form. None when there is no such name."""
    for part in re.split(r"(?:^|\s+)(?:and|or)\s+", query):
        # "Al-Juneid Arabic: شركة الجنيد ...": the name after its language's label.
        part = re.sub(r"^.*\b(?:Arabic|Persian|Farsi|Russian|Ukrainian|Belarusian|Cyrillic):\s*", "", part).strip()
        words = part.split()
        if not words or part[0].islower() or all(word.lower() in BARE_LEGAL_FORMS for word in words):
            continue
        if script_of(part) != script_of(query):
            continue
        return part
    return None


def romanization_cases(cases, sources, rng, limit):
    """Latin spellings of a name (OFAC, OFSI, UN, Canada aliases) that other records of the party lack."""
    watchlist = cases.watchlist
    candidates = []
    for query, entity_id, origin in sources:
        toks = tokens(query)
        if not is_latin(toks) or entity_id not in watchlist.ids:
            continue
        if any(is_variant(toks, list(name)) for name in watchlist.latin[entity_id]):
            candidates.append((query, entity_id, origin))
    candidates.sort()
    rng.shuffle(candidates)
    added = 0
    for query, entity_id, origin in candidates:
        if added >= limit:
            break
        if variant_case(cases, query, {entity_id}, "romanization", origin):
            added += 1


PATRONYMIC = re.compile(r"(ovich|evich|ovych|evych|avich|yevich|ievich|ovna|evna|ivna|avna|ichna|yevna|ogly|oglu|qizi|kyzy)$", re.I)


def expected_for(cases, entity_id, clean_tokens):
    """The records a screener must return for a variant of one of the entity's names: the party's records
    (`same_party`; for a person, also the other lists' records spelled alike that carry no date of birth to
    link them by, `spelled_alike`, through names of words of four letters or more: Korean and Burmese syllables
    are too short to tell people apart) and the holders of the clean words."""
    watchlist = cases.watchlist
    found = watchlist.same_party(entity_id)
    if watchlist.kind.get(entity_id) == "person":
        found |= watchlist.spelled_alike(entity_id, shortest_word=4)
    clean = core(clean_tokens) if watchlist.kind.get(entity_id) != "person" else clean_tokens
    if len(set(clean)) >= 1:
        found |= watchlist.superset(clean)
    return found


def title(text):
    return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())


def order_cases(cases, people, rng, limit):
    """Person names reordered: given name first or last, with or without a comma, patronymic or middle
    name dropped. `people` holds (entity id, given words, family words, listed name, origin)."""
    candidates = [p for p in people if p[1] and p[2]]
    candidates = pick(rng, candidates, limit * 2)
    added = 0
    for entity_id, given, family, listed_name, origin in candidates:
        if added >= limit:
            break
        options = []
        options.append(("given first", title(" ".join(given + family))))
        options.append(("surname first", " ".join(family + given)))
        options.append(("surname, given", " ".join(family) + ", " + " ".join(given)))
        short_given = [g for g in given if not PATRONYMIC.search(g)]
        if len(short_given) < len(given) and short_given:
            options.append(("patronymic dropped", title(" ".join(short_given[:1] + family))))
            options.append(("patronymic dropped, surname first", " ".join(family + short_given[:1])))
        elif len(given) >= 2:
            options.append(("middle name dropped", title(" ".join(given[:1] + family))))
        listed = tokens(listed_name)
        options = [(how, query) for how, query in options if tokens(query) != listed or ("," in query) != ("," in listed_name)]
        if not options:
            continue
        how, query = options[rng.randrange(len(options))]
        expected = expected_for(cases, entity_id, tokens(query))
        if cases.add(query, expected, "order", note=f"{origin}; {how}"):
            added += 1


KEYBOARD = {
    "q": "wa", "w": "qes", "e": "wrd", "r": "etf", "t": "ryg", "y": "tuh", "u": "yij", "i": "uok", "o": "ipl",
    "p": "ol", "a": "qsz", "s": "awdz", "d": "sefx", "f": "drgc", "g": "fthv", "h": "gyjb", "j": "hukn",
    "k": "jilm", "l": "kop", "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm",
    "m": "njk",
}

# Confusions OCR engines make on printed Latin text (glyph shapes that merge or split).
OCR_CONFUSIONS = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("vv", "w"), ("w", "vv"), ("O", "0"),
                  ("o", "0"), ("I", "1"), ("l", "1"), ("i", "1"), ("S", "5"), ("B", "8"), ("Z", "2"), ("G", "6"),
                  ("e", "c"), ("E", "F"), ("h", "b"), ("u", "v"), ("n", "ri")]


def same_case(letter, like):
    return letter.upper() if like.isupper() else letter


def typo(rng, name):
    """One edit in one word of five or more letters: deletion, insertion or substitution of a neighbouring
    key, or transposition of two adjacent letters."""
    spans = [m.span() for m in re.finditer(r"[A-Za-z]{5,}", name)]
    if not spans:
        return None, None
    start, end = spans[rng.randrange(len(spans))]
    word = name[start:end]
    position = rng.randrange(1, len(word))
    operation = rng.choice(["delete", "insert", "substitute", "transpose"])
    letter = word[position]
    neighbour = same_case(rng.choice(KEYBOARD.get(letter.lower(), "e")), letter)
    if operation == "delete":
        word = word[:position] + word[position + 1:]
    elif operation == "insert":
        word = word[:position] + neighbour + word[position:]
    elif operation == "substitute":
        word = word[:position] + neighbour + word[position + 1:]
    else:
        if position == len(word) - 1 or word[position] == word[position + 1]:
            return None, None
        word = word[:position] + word[position + 1] + word[position] + word[position + 2:]
    return name[:start] + word + name[end:], operation


def ocr(rng, name):
    """One or two OCR confusions."""
    result, applied = name, []
    for _ in range(rng.choice([1, 1, 2])):
        options = [(old, new) for old, new in OCR_CONFUSIONS if old in result]
        if not options:
            break
        old, new = options[rng.randrange(len(options))]
        positions = [m.start() for m in re.finditer(re.escape(old), result)]
        at = positions[rng.randrange(len(positions))]
        result = result[:at] + new + result[at + len(old):]
        applied.append(f"{old}->{new}")
    return (result, ", ".join(applied)) if applied else (None, None)


# SWIFT MT messages carry a name in lines of 35 characters; systems that keep only the first line cut it.
TRUNCATION_LENGTH = 35


def corruption_cases(cases, names, rng, limits):
    """Typos, OCR confusions and truncation of listed names. `names` holds (entity id, name, origin)."""
    ordered = pick(rng, names, len(names))
    rng.shuffle(ordered)
    counts = collections.Counter()
    for entity_id, name, origin in ordered:
        if all(counts[c] >= limits[c] for c in limits):
            break
        clean = tokens(name)
        if len(clean) < 2 and (not clean or len(clean[0]) < 8):
            continue
        choices = [c for c in ("typos", "ocr", "truncation") if counts[c] < limits[c]]
        case_class = choices[rng.randrange(len(choices))]
        if case_class == "typos":
            query, how = typo(rng, name)
        elif case_class == "ocr":
            query, how = ocr(rng, name)
        else:
            if len(name) < TRUNCATION_LENGTH + 5:
                continue
            query, how = name[:TRUNCATION_LENGTH].rstrip(), f"cut at {TRUNCATION_LENGTH} characters"
            # A cut that leaves little of the name is not a test of matching: keep most of its core words.
            kept = core(tokens(query))
            if kept and not name[len(query):].startswith(" "):
                kept = kept[:-1]
            original = core(clean)
            if len([t for t in kept if t in original]) < max(2, -(-len(original) * 3 // 5)):
                continue
            # ... and at least one of its rare words (in at most 30 listed entities' names).
            if not any(len(cases.watchlist.latin_index.get(t, ())) <= 30 for t in kept):
                continue
        if not query or tokens(query) == clean:
            continue
        if cases.add(query, expected_for(cases, entity_id, clean), case_class, note=f"{origin}; {how}"):
            counts[case_class] += 1


# Latin letters and the Cyrillic or Greek letters drawn like them. Source: Unicode confusables (UTS #39,
# confusables.txt), the single-letter mappings to Latin.
HOMOGLYPHS = {
    "a": "а", "c": "с", "e": "е", "i": "і", "j": "ј", "o": "оο", "p": "р", "s": "ѕ", "x": "х", "y": "у", "v": "ν",
    "A": "АΑ", "B": "ВΒ", "C": "С", "E": "ЕΕ", "H": "НΗ", "I": "ІΙ", "J": "Ј", "K": "КΚ", "M": "МΜ", "N": "Ν",
    "O": "ОΟ", "P": "РΡ", "S": "Ѕ", "T": "ТΤ", "X": "ХΧ", "Y": "УΥ", "Z": "Ζ",
}
# Characters that render as nothing (or as a plain space) and that copy-paste and evasion put into names.
INVISIBLES = {"\u200b": "zero width space", "\u200c": "zero width non-joiner", "\u200d": "zero width joiner",
              "\u2060": "word joiner", "\ufeff": "zero width no-break space", "\u00ad": "soft hyphen"}
SPACES = {"\u00a0": "no-break space", "\u202f": "narrow no-break space", "\u2007": "figure space"}
GERMAN_SPELLINGS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "AE", "Ö": "OE", "Ü": "UE", "ß": "ss"}


def character_cases(cases, names, diacritic_names, rng, limits):
    """Homoglyphs, invisible characters and diacritics. `names` holds (entity id, name, origin)."""
    ordered = pick(rng, names, len(names))
    rng.shuffle(ordered)
    counts = collections.Counter()
    for entity_id, name, origin in ordered:
        if counts["homoglyphs"] >= limits["homoglyphs"] and counts["invisibles"] >= limits["invisibles"]:
            break
        clean = tokens(name)
        if not is_latin(clean):
            continue
        case_class = "homoglyphs" if counts["homoglyphs"] < limits["homoglyphs"] and (
            counts["invisibles"] >= limits["invisibles"] or rng.random() < 0.55) else "invisibles"
        if case_class == "homoglyphs":
            positions = [i for i, ch in enumerate(name) if ch in HOMOGLYPHS]
            if not positions:
                continue
            chosen = sorted(rng.sample(positions, min(len(positions), rng.choice([1, 1, 2, 3]))))
            query = "".join(rng.choice(HOMOGLYPHS[ch]) if i in chosen else ch for i, ch in enumerate(name))
            how = f"{len(chosen)} look-alike letter(s)"
        else:
            inner = [m.start() + 1 + rng.randrange(max(1, m.end() - m.start() - 1)) for m in re.finditer(r"[A-Za-z]{3,}", name)]
            if not inner:
                continue
            character = sorted(INVISIBLES)[rng.randrange(len(INVISIBLES))]
            at = inner[rng.randrange(len(inner))]
            query = name[:at] + character + name[at:]
            how = INVISIBLES[character]
            if " " in query and rng.random() < 0.4:
                space = sorted(SPACES)[rng.randrange(len(SPACES))]
                query = query.replace(" ", space, 1)
                how += " + " + SPACES[space]
        if cases.add(query, expected_for(cases, entity_id, clean), case_class, note=f"{origin}; {how}"):
            counts[case_class] += 1
    added = 0
    for entity_id, name, origin in pick(rng, sorted(set(diacritic_names)), limits["diacritics"] * 2):
        if added >= limits["diacritics"]:
            break
        if any(ch in GERMAN_SPELLINGS for ch in name) and rng.random() < 0.6:
            query = "".join(GERMAN_SPELLINGS.get(ch, ch) for ch in name)
            how = "German spelling of umlauts"
        else:
            query = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
            how = "diacritics dropped"
        if query == name:
            continue
        if cases.add(query, expected_for(cases, entity_id, tokens(name)), "diacritics", note=f"{origin}; {how}"):
            added += 1


# Legal forms by family; a listed form is replaced by another of its family, moved, or dropped.
# Source: ISO 20275 (GLEIF ELF) abbreviations and their long forms in English and Russian/Ukrainian
# transliteration.
LEGAL_FORM_FAMILIES = [
    ["LLC", "OOO", "Limited Liability Company", "TOV", "Obshchestvo s Ogranichennoy Otvetstvennostyu", "L.L.C."],
    ["JSC", "AO", "Joint Stock Company", "Aktsionernoe Obshchestvo", "J.S.C."],
    ["OJSC", "OAO", "Open Joint Stock Company", "Otkrytoe Aktsionernoe Obshchestvo"],
    ["CJSC", "ZAO", "Closed Joint Stock Company", "Zakrytoe Aktsionernoe Obshchestvo"],
    ["PJSC", "PAO", "Public Joint Stock Company", "Publichnoe Aktsionernoe Obshchestvo"],
    ["LTD", "Limited", "Ltd.", "Co. Ltd", "Company Limited"],
    ["GmbH", "Gesellschaft mit beschraenkter Haftung"],
    ["S.A.", "SA", "Sociedad Anonima", "Societe Anonyme"],
    ["INC", "Incorporated", "Inc.", "Corp", "Corporation"],
]
_FORMS = "|".join(sorted((re.escape(f) for family in LEGAL_FORM_FAMILIES for f in family), key=len, reverse=True))
LEGAL_FORM_PATTERN = re.compile(r"^(?P<lead>(?:" + _FORMS + r"))(?=[\s,])[\s,]+|[\s,]+(?P<tail>(?:" + _FORMS + r"))\.?$", re.I)


def organization_cases(cases, organizations, acronym_sources, rng, limits):
    """Legal forms changed, dropped, moved or added; acronyms. `organizations` holds (id, name, origin)."""
    watchlist = cases.watchlist
    ordered = pick(rng, organizations, len(organizations))
    rng.shuffle(ordered)
    added = 0
    for entity_id, name, origin in ordered:
        if added >= limits["legal-forms"]:
            break
        name = " ".join(name.split())
        match = LEGAL_FORM_PATTERN.search(name)
        if match:
            form = match.group("lead") or match.group("tail")
            rest = (name[match.end():] if match.group("lead") else name[:match.start()]).strip(" ,")
            if len(core(tokens(rest))) == 0:
                continue
            family = next((fam for fam in LEGAL_FORM_FAMILIES if form.lower() in (f.lower() for f in fam)), [form])
            others = [f for f in family if f.lower() != form.lower()]
            choice = rng.random()
            if choice < 0.3:
                query, how = rest, f"legal form '{form}' dropped"
            elif choice < 0.8 and others:
                other = others[rng.randrange(len(others))]
                query = f"{other} {rest}" if rng.random() < 0.5 else f"{rest} {other}"
                how = f"'{form}' written as '{other}'"
            else:
                query = f"{rest} {form}" if match.group("lead") else f"{form} {rest}"
                how = f"legal form '{form}' moved"
        else:
            if rng.random() > 0.25 or len(core(tokens(name))) < 1:
                continue
            family = LEGAL_FORM_FAMILIES[rng.randrange(6)]
            form = family[rng.randrange(len(family))]
            query, how = f"{name} {form}", f"legal form '{form}' added"
        clean = core(tokens(name))
        expected = watchlist.same_party(entity_id) | watchlist.superset(clean)
        if cases.add(query, expected, "legal-forms", note=f"{origin}; {how}"):
            added += 1

    added = 0
    candidates = sorted(set(acronym_sources))
    rng.shuffle(candidates)
    for entity_id, acronym, long_name, origin in candidates:
        if added >= limits["acronyms"]:
            break
        toks = tokens(acronym)
        party = watchlist.same_party(entity_id) | watchlist.superset(core(tokens(long_name)))
        holders = watchlist.holders(toks) | (watchlist.acronym_holders(toks[0]) - party if len(toks) == 1 else set())
        targets = party - holders
        if targets and cases.add(acronym, targets, "acronyms", exclude=holders,
                                 note=f"{origin}; acronym of '{long_name}'"):
            added += 1


def compound_cases(cases, names, rng, limit):
    """A long word of a listed name written as two words (`PETROCHEM` -> `PETRO CHEM`, `Guangzong` ->
    `Guang Zong`): both halves of three letters or more, the cut at a random place."""
    counts = 0
    ordered = list(names)
    rng.shuffle(ordered)
    for entity_id, name, origin in ordered:
        if counts >= limit:
            break
        words = name.split(" ")
        long_words = [i for i, w in enumerate(words) if w.isalpha() and w.isascii() and len(w) >= 8]
        if not long_words:
            continue
        index = long_words[rng.randrange(len(long_words))]
        word = words[index]
        cut = rng.randrange(3, len(word) - 2)
        query = " ".join(words[:index] + [word[:cut], word[cut:]] + words[index + 1:])
        if cases.add(query, expected_for(cases, entity_id, tokens(name)), "compounds", note=f"{origin}; {word} split at {cut}"):
            counts += 1


def initials(toks):
    words = [t for t in core(toks) if t not in CONNECTORS]
    return "".join(w[0] for w in words) if 2 <= len(words) <= 8 else ""


# ----------------------------------------------------------------------------------------------------------
# Negatives
# ----------------------------------------------------------------------------------------------------------

PERSON_WEIGHTS = {"english": 2, "german": 1, "french": 1, "spanish_latin_american": 2, "portuguese_brazilian": 1,
                  "italian": 1, "russian": 3, "ukrainian": 2, "belarusian": 2, "polish_czech": 1, "arabic": 3,
                  "persian": 1, "turkish": 1, "chinese": 2, "korean": 1, "japanese": 1, "vietnamese": 1,
                  "indian": 1, "african": 1, "scandinavian_dutch": 1}


def feminine(culture, surname):
    """The feminine form of an East Slavic surname (Ivanov / Ivanova, Nikolsky / Nikolskaya,
    Kavaliou / Kavalova); Ukrainian -enko / -uk names do not change."""
    if surname.endswith(("sky", "ski")):
        return surname[:-3] + "skaya"
    if culture == "belarusian" and surname.endswith(("ou", "au")):
        return surname[:-2] + "ava"
    if culture == "russian" and re.search(r"(ov|ev|in|yn)$", surname):
        return surname + "a"
    return surname


def person_name(rng, culture, table):
    if "given_male" in table:
        female = rng.random() < 0.45
        given = rng.choice(table["given_female"] if female else table["given_male"])
        surname = feminine(culture, rng.choice(table.get("surnames") or table["surnames_male"])) if female else \
            rng.choice(table.get("surnames") or table["surnames_male"])
        if "patronymics_male" in table and rng.random() < 0.4:
            patronymic = rng.choice(table["patronymics_male"])
            if female:
                patronymic = re.sub(r"ich$", "na", patronymic)
            words = [given, patronymic, surname]
        else:
            words = [given, surname]
        family_index = len(words) - 1
    elif table.get("pattern") == "surname given":
        words, family_index = [rng.choice(table["surnames"]), rng.choice(table["given"])], 0
    elif table.get("pattern") == "surname middle given":
        words, family_index = [rng.choice(table["surnames"]), rng.choice(table["middle"]), rng.choice(table["given"])], 0
    elif table.get("pattern") == "given surname surname":
        first, second = rng.sample(table["surnames"], 2)
        words, family_index = [rng.choice(table["given"]), first, second], 1
    elif table.get("pattern") == "given given surname":
        first, second = rng.sample(table["given"], 2)
        words, family_index = [first, second, rng.choice(table["surnames"])], 2
    else:
        words, family_index = [rng.choice(table["given"]), rng.choice(table["surnames"])], 1
    style = rng.random()
    if style < 0.6 or family_index == 0:
        return " ".join(words)
    family = " ".join(words[family_index:]).upper()
    given = " ".join(words[:family_index])
    return f"{family}, {given}" if style < 0.85 else f"{given} {family}"


def company_name(rng, culture, table):
    if culture == "slavic":
        form = rng.choice(table["legal_forms"])
        if rng.random() < 0.5:
            core_name = rng.choice(table["stems"]) + rng.choice(table["suffixes"])
        else:
            core_name = rng.choice(table["words"])
        return f"{form} {core_name}" if rng.random() < 0.5 else f"{core_name} {form}"
    words = rng.choice(table["words"])
    industry = rng.choice(table["industry"])
    form = rng.choice(table["legal_forms"])
    return f"{words} {industry} {form}"


def negative_cases(cases, parts, surnames, rng, limits):
    watchlist = cases.watchlist
    dropped = collections.Counter()
    cultures = sorted(PERSON_WEIGHTS)
    weighted = [c for c in cultures for _ in range(PERSON_WEIGHTS[c])]
    attempts = 0
    while len(cases.cases["negatives-person"]) < limits["negatives-person"] and attempts < limits["negatives-person"] * 20:
        attempts += 1
        culture = rng.choice(weighted)
        name = person_name(rng, culture, parts["people"][culture])
        if watchlist.nearly_listed(tokens(name)):
            dropped["negatives-person"] += 1
            continue
        cases.add(name, [], "negatives-person", note=culture.replace("_", " "))
    company_cultures = sorted(parts["companies"])
    attempts = 0
    while len(cases.cases["negatives-organization"]) < limits["negatives-organization"] and attempts < limits["negatives-organization"] * 20:
        attempts += 1
        culture = rng.choice(company_cultures)
        name = company_name(rng, culture, parts["companies"][culture])
        if watchlist.nearly_listed(tokens(name)):
            dropped["negatives-organization"] += 1
            continue
        cases.add(name, [], "negatives-organization", note=culture.replace("_", " "))
    # A listed surname with another given name: a different person who shares the family name.
    slavic = parts["people"]["russian"]["given_male"] + parts["people"]["ukrainian"]["given_male"]
    other = parts["people"]["english"]["given"] + parts["people"]["arabic"]["given"] + parts["people"]["spanish_latin_american"]["given"]
    for entity_id, surname, given_names, origin in pick(rng, sorted(set(surnames)), limits["negatives-shared-surname"] * 3):
        if len(cases.cases["negatives-shared-surname"]) >= limits["negatives-shared-surname"]:
            break
        pool = slavic if re.search(r"(ov|ev|in|enko|ko|ich|ski|sky|uk)$", surname.lower()) else other
        listed_given = set()
        for linked in watchlist.same_party(entity_id):
            for name in watchlist.latin[linked]:
                listed_given.update(name)
        choices = [g for g in pool if all(ratio(fold(g), t) < 0.5 for t in listed_given)]
        if not choices:
            continue
        given = choices[rng.randrange(len(choices))]
        name = f"{given} {title(surname)}" if rng.random() < 0.5 else f"{surname.upper()}, {given}"
        if watchlist.nearly_listed(tokens(name)):
            dropped["negatives-shared-surname"] += 1
            continue
        cases.add(name, [], "negatives-shared-surname", note=f"surname of {entity_id} ({origin}), another given name")
    return dropped


def arabic_script_negative_cases(cases, table, rng, limit):
    """Ordinary Arabic and Persian people written in Arabic script: one or two given names and a surname of
    the same language. A name is dropped when its Arabic-script words are listed as they stand, or when its
    Latin spelling (the table gives one per word) is listed or nearly so, as for the Latin negatives."""
    watchlist = cases.watchlist
    listed_script = {tuple(sorted(toks)) for names in watchlist.script.values() for toks in names}
    languages = [(table["given"], table["surnames"], "arabic"), (table["persian_given"], table["persian_surnames"], "persian")]
    dropped = 0
    attempts = 0
    while len(cases.cases["negatives-arabic-script"]) < limit and attempts < limit * 20:
        attempts += 1
        given_pool, surname_pool, language = languages[0] if rng.random() < 0.6 else languages[1]
        given = [given_pool[rng.randrange(len(given_pool))] for _ in range(1 if rng.random() < 0.6 else 2)]
        if len(given) == 2 and given[0] == given[1]:
            continue
        surname = surname_pool[rng.randrange(len(surname_pool))]
        words = given + [surname]
        script = " ".join(w[0] for w in words)
        latin = " ".join(w[1] for w in words)
        if tuple(sorted(tokens(script))) in listed_script or watchlist.nearly_listed(tokens(latin)):
            dropped += 1
            continue
        if any(case["query"] == script for case in cases.cases["negatives-arabic-script"]):
            continue
        cases.add(script, [], "negatives-arabic-script", note=f"{language} ({latin})")
    return dropped


# ----------------------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------------------

LIMITS = {
    "transliteration-cyrillic": 700, "transliteration-arabic": 400, "transliteration-other": 100, "romanization": 600,
    "order": 700, "typos": 600, "ocr": 400, "truncation": 300, "homoglyphs": 450, "invisibles": 350,
    "diacritics": 200, "legal-forms": 500, "acronyms": 150, "negatives-person": 2000,
    "negatives-organization": 800, "negatives-shared-surname": 400, "compounds": 300, "negatives-arabic-script": 300,
}
FILES = {
    "transliteration.jsonl": ["transliteration-cyrillic", "transliteration-arabic", "transliteration-other", "romanization"],
    "order.jsonl": ["order"],
    "typos.jsonl": ["typos", "ocr", "truncation"],
    "homoglyphs.jsonl": ["homoglyphs", "invisibles", "diacritics"],
    "organizations.jsonl": ["legal-forms", "acronyms"],
    "negatives.jsonl": ["negatives-person", "negatives-organization", "negatives-shared-surname", "negatives-arabic-script"],
    "compounds.jsonl": ["compounds"],
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repository = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lists", default=os.path.join(repository, "..", "shared", "lists"), help="the official list files")
    parser.add_argument("--watchlist", required=True, help="a watchlist compiled from --lists with 'watchlist build'")
    parser.add_argument("--out", default=os.path.join(repository, "eval"), help="where the .jsonl sets go")
    parser.add_argument("--seed", type=int, default=4, help="random seed (default 4)")
    arguments = parser.parse_args()
    lists = arguments.lists
    with open(os.path.join(repository, "eval", "name-parts.json"), encoding="utf-8") as handle:
        parts = json.load(handle)
    for group in parts["given_name_equivalents"]:
        for name in group:
            GIVEN_NAME_CANONICAL[name] = group[0]

    def path(*components):
        return os.path.join(lists, *components)

    print("reading the compiled watchlist ...", file=sys.stderr)
    watchlist = Watchlist(arguments.watchlist)
    print("reading the list files ...", file=sys.stderr)
    sdn_2024 = read_ofac_sdn(path("ofac", "sdn_csv_2024-06", "sdn.csv"))
    alt_2026 = read_ofac_alt(path("ofac", "sdn_csv_2026-06_partial", "alt.csv"))
    alt_2021 = read_ofac_alt(path("ofac", "sdn_csv_2021-07", "alt.csv"))
    un = read_un(path("un", "consolidated_2026-01-28.xml"))
    ofsi = read_ofsi_xlsx(path("uk", "ofsi_ConList_2025-04-14.xlsx"))
    canada = read_canada(path("ca", "sema-lmes_2025-03.xml"))
    dfat = read_dfat(path("au", "regulation8_consolidated_2024-11-11.xlsx"))
    rng = random.Random(arguments.seed)
    cases = CaseSet(watchlist)

    # Names in other scripts, and Latin spelling variants.
    script_sources, spelling_sources = [], []
    for record in ofsi:
        if record["script"]:
            script_sources.append((record["script"], record["id"], "OFSI 2025 Name Non-Latin Script"))
        latin_name = " ".join(record["given"] + [record["surname"]])
        if record["alias_type"] != "Primary name" and record["kind"] == "person":
            spelling_sources.append((latin_name, record["id"], f"OFSI 2025 {record['alias_type']}"))
    for record in un:
        for name in record["scripts"]:
            script_sources.append((name, record["id"], "UN NAME_ORIGINAL_SCRIPT"))
        for quality, name in record["aliases"]:
            if quality in ("Good", "a.k.a."):
                spelling_sources.append((name, record["id"], f"UN alias ({quality})"))
    for record in canada:
        for alias in record["aliases"]:
            if script_of(alias) != "Latin":
                script_sources.append((alias, record["id"], "Canada SEMA alias"))
            elif record["last"]:
                spelling_sources.append((alias, record["id"], "Canada SEMA alias"))
    for entity_id, name_type, name in dfat:
        if "original" in name_type and name:
            script_sources.append((name, entity_id, "DFAT Original Script"))
    for entity_id, alias_type, name in alt_2026:
        if alias_type == "aka":
            spelling_sources.append((name, entity_id, "OFAC alt.csv 2026 a.k.a."))
    transliteration_cases(cases, sorted(set(script_sources)), rng, LIMITS)
    romanization_cases(cases, sorted(set(spelling_sources)), rng, LIMITS["romanization"])

    # Listed person names with their structure, and listed names of every kind.
    people, names, organizations, diacritic_names = [], [], [], []
    for entity_id, kind, name in sdn_2024:
        if kind == "person" and "," in name:
            family, given = name.split(",", 1)
            people.append((entity_id, given.split(), family.split(), name, "OFAC SDN CSV 2024"))
        if kind in ("person", "organization"):
            names.append((entity_id, name, "OFAC SDN CSV 2024"))
        if kind == "organization":
            organizations.append((entity_id, name, "OFAC SDN CSV 2024"))
    for record in ofsi:
        if record["alias_type"] != "Primary name":
            continue
        name = " ".join(record["given"] + [record["surname"]])
        if record["kind"] == "person" and record["given"] and record["surname"]:
            people.append((record["id"], " ".join(record["given"]).split(), record["surname"].split(), name, "OFSI 2025 primary name"))
        if record["kind"] in ("person", "organization"):
            names.append((record["id"], name, "OFSI 2025 primary name"))
        if record["kind"] == "organization":
            organizations.append((record["id"], record["surname"], "OFSI 2025 primary name"))
        if has_diacritics(name):
            diacritic_names.append((record["id"], name, "OFSI 2025 primary name"))
    for record in un:
        if record["kind"] == "person" and len(record["parts"]) >= 2:
            people.append((record["id"], record["parts"][:-1], record["parts"][-1:], " ".join(record["parts"]), "UN consolidated"))
        name = " ".join(record["parts"])
        names.append((record["id"], name, "UN consolidated"))
        if record["kind"] == "organization":
            organizations.append((record["id"], name, "UN consolidated"))
        for _, alias in [("", name)] + record["aliases"]:
            if has_diacritics(alias):
                diacritic_names.append((record["id"], alias, "UN consolidated"))
    for record in canada:
        for alias in [f"{record['given']} {record['last']}".strip(), record["entity"]] + record["aliases"]:
            if alias and has_diacritics(alias):
                diacritic_names.append((record["id"], alias, "Canada SEMA"))
    people.sort()
    names.sort()
    organizations.sort()
    order_cases(cases, people, rng, LIMITS["order"])
    corruption_cases(cases, names, rng, {c: LIMITS[c] for c in ("typos", "ocr", "truncation")})
    character_cases(cases, names, diacritic_names, rng, {c: LIMITS[c] for c in ("homoglyphs", "invisibles", "diacritics")})

    # Acronyms the lists give for an organization, equal to the initials of its name.
    acronym_sources = []
    primary = {}
    for entity_id, kind, name in sdn_2024:
        primary[entity_id] = name
    for entity_id, alias_type, alias in alt_2021 + alt_2026:
        long_name = primary.get(entity_id)
        alias_tokens = tokens(alias)
        if long_name and len(alias_tokens) == 1 and 3 <= len(alias_tokens[0]) <= 8 and alias_tokens[0] == initials(tokens(long_name)):
            acronym_sources.append((entity_id, alias, long_name, "OFAC alt.csv"))
    for record in un:
        long_name = " ".join(record["parts"])
        for _, alias in record["aliases"]:
            alias_tokens = tokens(alias)
            if len(alias_tokens) == 1 and 3 <= len(alias_tokens[0]) <= 8 and alias_tokens[0] == initials(tokens(long_name)):
                acronym_sources.append((record["id"], alias, long_name, "UN alias"))
        for candidate in [long_name] + [a for _, a in record["aliases"]]:
            for inner in re.findall(r"\(([A-Z]{3,8})\)", candidate):
                outer = candidate.split("(")[0]
                if inner.lower() == initials(tokens(outer)):
                    acronym_sources.append((record["id"], inner, outer.strip(), "UN name with acronym"))
    for entity_id, name, origin in organizations:
        for inner in re.findall(r"\(([A-Z]{3,8})\)", name):
            outer = name.split("(")[0]
            if inner.lower() == initials(tokens(outer)):
                acronym_sources.append((entity_id, inner, outer.strip(), origin))
    organization_cases(cases, organizations, acronym_sources, rng, LIMITS)

    # Negatives: generated names of many cultures, and listed surnames with other given names.
    surnames = []
    for entity_id, given, family, _, origin in people:
        if origin.startswith("OFAC") and len(family) == 1 and len(family[0]) >= 5 and family[0].isalpha():
            surnames.append((entity_id, family[0], tuple(given), origin))
    dropped = negative_cases(cases, parts, surnames, rng, LIMITS)

    # Last, with a generator of its own, so the sets above stay as they were before this class.
    compound_cases(cases, names, random.Random(arguments.seed + 1), LIMITS["compounds"])
    dropped["negatives-arabic-script"] = arabic_script_negative_cases(
        cases, parts["arabic_script"], random.Random(arguments.seed + 2), LIMITS["negatives-arabic-script"])

    os.makedirs(arguments.out, exist_ok=True)
    for file_name, classes in FILES.items():
        with open(os.path.join(arguments.out, file_name), "w", encoding="utf-8", newline="\n") as handle:
            for case_class in classes:
                for case in cases.cases[case_class]:
                    handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    for file_name, classes in FILES.items():
        size = os.path.getsize(os.path.join(arguments.out, file_name))
        counts = ", ".join(f"{c} {len(cases.cases[c])}" for c in classes)
        print(f"{file_name}: {size:,} bytes; {counts}", file=sys.stderr)
    print("negatives dropped as listed or nearly listed: " + ", ".join(f"{c} {n}" for c, n in sorted(dropped.items())), file=sys.stderr)
    if cases.unknown_ids:
        print("expected ids not in the watchlist (dropped): " + ", ".join(f"{s} {n}" for s, n in sorted(cases.unknown_ids.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
