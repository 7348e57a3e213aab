#!/usr/bin/env python3
"""Writes eval/hangul.jsonl: North Korean people of the lists screened under their names in Hangul (`김영철` for
`KIM Yong Chol`), and ordinary South Korean names in Hangul that must not match.

The lists write North Koreans in Latin letters only (OFSI gives five recent designees their Hangul name, and
those records hold the query verbatim, so they are excluded). A Korean analyst, a Korean-language registry or
a customer record writes the same people in Hangul, family name first and without spaces.

Positives: the table below, written by hand. Each line is a person as the lists name them and the person's
name in Hangul as Korean-language sources write it (KCNA and Rodong Sinmun reports, the South's Ministry of
Unification directory of North Korean officials, Korean-language encyclopedias). Expected: every entity of
the compiled watchlist holding a name of the same words as the listed name (any list, spelled the same), so
each list's record of the person counts. A person no entity holds is left out, with a message.

Negatives: common South Korean family names with given names popular among South Koreans born since 1990
(the South's Statistics Korea name rankings), paired in a fixed random order (seed 7). A name is left out when a listed name
has the same words once both are written in the North's romanization (a namesake, which a screener must
report); the script reports how many.

Usage: python3 scripts/make-hangul-eval.py --watchlist /tmp/all.db --out eval/hangul.jsonl
Standard library only; deterministic.
"""
import argparse
import json
import random

from korean_names import family_spellings, read_names, words

# (Hangul, the name as a list writes it)
PEOPLE = [
    ("김정은", "KIM Jong Un"),
    ("김여정", "KIM Yo Jong"),
    ("최룡해", "CHOE Ryong Hae"),
    ("박봉주", "PAK Pong Ju"),
    ("리병철", "RI Pyong Chol"),
    ("김영철", "KIM Yong Chol"),
    ("조용원", "JO Yong Won"),
    ("리만건", "RI Man Gon"),
    ("최휘", "CHOE Hwi"),
    ("리재일", "RI Jae Il"),
    ("리영길", "RI Yong Gil"),
    ("정경택", "JONG Kyong Thaek"),
    ("리수용", "RI Su Yong"),
    ("오수용", "O Su Yong"),
    ("태종수", "THAE Jong Su"),
    ("김원홍", "KIM Won Hong"),
    ("최부일", "CHOE Pu Il"),
    ("박정천", "PAK Jong Chon"),
    ("리명수", "RI Myong Su"),
    ("김수길", "KIM Su Gil"),
    ("황병서", "HWANG Pyong So"),
    ("김기남", "KIM Ki Nam"),
    ("최선희", "CHOE Son Hui"),
    ("리선권", "RI Son Gwon"),
    ("김덕훈", "KIM Tok Hun"),
    ("현광일", "HYON Kwang Il"),
    ("윤호진", "YUN Ho Jin"),
    ("백세봉", "PAEK Se Bong"),
    ("박도춘", "PAK To Chun"),
    ("주규창", "JU Kyu Chang"),
    ("김경옥", "KIM Kyong Ok"),
    ("조연준", "CHO Yon Chun"),
    ("민병철", "MIN Byong Chol"),
    ("김정식", "KIM Jong Sik"),
    ("장창하", "CHANG Chang Ha"),
    ("조춘룡", "CHO Chun Ryong"),
    ("리홍섭", "RI Hong Sop"),
    ("황석화", "HWANG Sok Hwa"),
    ("한유로", "HAN Yu Ro"),
    ("장명진", "CHANG Myong Chin"),
    ("최춘식", "CHOE Chun Sik"),
    ("리제선", "RI Je Son"),
    ("백창호", "PAEK Chang Ho"),
    ("김경희", "KIM Kyong Hui"),
    ("리용호", "RI Yong Ho"),
    ("김창광", "KIM Chang Gwang"),
    ("리일환", "RI Il Hwan"),
    ("김재룡", "KIM Jae Ryong"),
    ("오금철", "O Kum Chol"),
    ("김락겸", "KIM Rak Gyom"),
]

# Common South Korean family names and given names (Statistics Korea's rankings of names given since 1990).
FAMILY_NAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"]
GIVEN_NAMES = [
    "민준", "서준", "도윤", "예준", "시우", "하준", "주원", "지호", "지후", "준서", "서연", "서윤", "지우", "서현", "민서",
    "하은", "하윤", "윤서", "지민", "채원", "수아", "지아", "지윤", "은서", "다은", "예은", "수빈", "소율", "예린", "지원",
    "현우", "승민", "유진", "민지", "혜진", "동현", "지훈", "성민", "수진", "은지",
]
NEGATIVE_COUNT = 120

# The North's romanization of a syllable, for finding listed namesakes of the negatives only: McCune-Reischauer
# without diacritics (Unicode's syllable decomposition; initials, vowels and finals in Unicode order).
INITIALS = ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "j", "jj", "ch", "kh", "th", "ph", "h"]
VOWELS = ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"]
FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
          "t", "t", "k", "t", "p", "t"]


def north_syllable(character):
    index = ord(character) - 0xAC00
    return INITIALS[index // 588] + VOWELS[(index % 588) // 28] + FINALS[index % 28]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--watchlist", required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    ids_by_words, holders = read_names(args.watchlist)

    lines = []
    for hangul, listed in PEOPLE:
        expected = ids_by_words.get(frozenset(words(listed)), set())
        excluded = holders.get(hangul, set())
        expected -= excluded
        if not expected:
            print(f"left out: {hangul} ({listed}): no entity holds that name")
            continue
        case = {"query": hangul, "expected": sorted(expected), "class": "transliteration-hangul"}
        if excluded:
            case["exclude"] = sorted(excluded)
        case["note"] = f"{listed} in Hangul"
        lines.append(case)

    namesakes = 0
    negatives = 0
    pairs = [(family, given) for family in FAMILY_NAMES for given in GIVEN_NAMES]
    random.Random(7).shuffle(pairs)
    for family, given in pairs:
        if negatives >= NEGATIVE_COUNT:
            break
        family_latin = north_syllable(family)
        given_latin = [north_syllable(c) for c in given]
        listed = any(
            frozenset([spelling] + given_latin) in ids_by_words or frozenset([spelling, "".join(given_latin)]) in ids_by_words
            for spelling in family_spellings(family_latin))
        if listed:
            namesakes += 1
            continue
        lines.append({"query": family + given, "expected": [], "class": "negatives-hangul",
                      "note": "a common South Korean name in Hangul"})
        negatives += 1

    with open(args.out, "w", encoding="utf-8") as out:
        for case in lines:
            out.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(lines) - negatives} positive and {negatives} negative cases written to {args.out}; "
          f"{namesakes} negatives left out as namesakes of listed people")


if __name__ == "__main__":
    main()
