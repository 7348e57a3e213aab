#!/usr/bin/env python3
"""Writes company names made of a place, a kind of business and a legal form ("Beijing Technology JSC",
"Dubai General Trading LLC"), as a CSV for `watchlist screen`: names that say where a company is and what
it does, but not which company it is. Some are listed companies' real names (`KAZAN SHIPPING INCORPORATED`,
`VOLGA SHIPPING COMPANY`); the rest should not match a listed company whose own name they lack
(`BEIJING JIAHEHENGDE TECHNOLOGY COMPANY LIMITED`). Deterministic (seed 3).

    python3 scripts/make-place-business-names.py > place-business.csv
    watchlist screen place-business.csv --watchlist all.db -o out.csv
"""
import csv
import random
import sys

rng = random.Random(3)
places = ["Shanghai", "Beijing", "Shenzhen", "Hong Kong", "Moscow", "Dubai", "Tehran", "Minsk", "Istanbul", "Kiev",
          "Saint Petersburg", "Novosibirsk", "Damascus", "Beirut", "Caracas", "Pyongyang", "Tianjin", "Guangzhou",
          "Almaty", "Tashkent", "Baku", "Yerevan", "Sharjah", "Abu Dhabi", "Kazan", "Ural", "Siberian", "Volga",
          "Baltic", "Caspian"]
businesses = ["Trading", "International Trading", "Technology", "Electronics", "Shipping", "Logistics", "Industrial",
              "General Trading", "Engineering", "Investment", "Petroleum", "Aviation", "Machinery", "Import Export",
              "Chemical"]
legal_forms = ["Co., Ltd.", "LLC", "Limited", "JSC", "FZE", ""]
names = set()
while len(names) < 400:
    names.add(f"{rng.choice(places)} {rng.choice(businesses)} {rng.choice(legal_forms)}".strip())
writer = csv.writer(sys.stdout)
writer.writerow(["name"])
for name in sorted(names):
    writer.writerow([name])
