"""What the Korean evaluation-set generators (`make-korean-eval.py`, `make-hangul-eval.py`) share: the spellings
of Korean family names, the words of a listed name, and the compiled watchlist's names by their words.

Standard library only.
"""
import json
import re
import sqlite3
import unicodedata

# The South's usual spelling first, then the spellings lists use (KoreanSurnameVariants' groups).
SOUTH_SPELLINGS = {
    "lee": ["yi", "rhee", "ri", "rhie", "i"],
    "park": ["pak", "bak", "bahk"],
    "choi": ["choe", "chey", "choy"],
    "jung": ["jeong", "chung", "cheong", "jong", "chong"],
    "kang": ["gang"],
    "cho": ["jo", "joe"],
    "yoon": ["yun"],
    "jang": ["chang"],
    "lim": ["im", "rim", "yim"],
    "oh": ["o"],
    "seo": ["so", "suh"],
    "shin": ["sin"],
    "kwon": ["gwon"],
    "ahn": ["an"],
    "yoo": ["ryu", "yu", "ryoo"],
    "jeon": ["chon", "jun", "chun"],
    "ko": ["go"],
    "moon": ["mun"],
    "yang": ["ryang"],
    "son": ["sohn"],
    "bae": ["pae"],
    "baek": ["paek", "paik", "baik"],
    "heo": ["ho", "hur", "huh"],
    "noh": ["no", "roh", "ro"],
    "shim": ["sim"],
    "joo": ["ju", "chu"],
    "koo": ["ku", "gu"],
    "byun": ["pyon", "byeon"],
    "jin": ["chin"],
    "ji": ["chi"],
    "eom": ["um", "om"],
    "yeo": ["yo", "ryo"],
}


def family_spellings(spelling):
    """Every spelling of the family name `spelling` is one of (the South's and the lists'), or just itself."""
    for south, others in SOUTH_SPELLINGS.items():
        if spelling == south or spelling in others:
            return {south, *others}
    return {spelling}


def words(name):
    """The lowercase ASCII words of a Latin name, diacritics dropped."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return tuple(w for w in re.split(r"[^a-z0-9]+", text) if w)


def read_names(watchlist):
    """The compiled watchlist's entity ids by the word set of each of their names, and by each name written
    without spaces (to find the records that hold a query verbatim)."""
    ids_by_words, ids_by_name = {}, {}
    with sqlite3.connect(watchlist) as db:
        for entity_id, body in db.execute("select id, body from entity"):
            for name in json.loads(body)["names"]:
                ids_by_words.setdefault(frozenset(words(name["value"])), set()).add(entity_id)
                ids_by_name.setdefault(name["value"].replace(" ", ""), set()).add(entity_id)
    return ids_by_words, ids_by_name
