#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(22923)


class Num(str):
    """A number written exactly as given (e.g. Num("19.90")), unquoted."""


def money(cents):
    sign, c = ("-" if cents < 0 else ""), abs(cents)
    return Num(f"{sign}{c // 100}.{c % 100:02d}")


def lit(v):
    if v is None or isinstance(v, Num):
        return "NULL" if v is None else str(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def insert(table, cols, rows):
    if not rows:
        return ""
    values = ",\n".join("  (" + ", ".join(lit(v) for v in r) + ")" for r in rows)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES\n{values};\n"


def write(name, *inserts):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.in").write_text("".join(inserts))


NAMES = ["Cable", "Charger", "Laptop", "Tablet", "Stand", "Lamp", "Chair", "Desk", "Headset", "Speaker"]


def products(prices):
    rows = [(i + 1, f"{rng.choice(NAMES)} {i + 1}", p) for i, p in enumerate(prices)]
    return insert("products", ["id", "name", "price"], rows)


write("01-empty")
write("02-single-product", products([money(999)]))
write("03-all-equal", products([money(500)] * 5))
write("04-top-tie", products([money(300), money(900), money(900), money(100)]))
write("05-two-distinct", products([money(100), money(200)]))
write("06-second-tie", products([money(1000), money(700), money(700), money(5)]))
write("07-cents-matter", products([money(1999), money(2000), money(1998)]))
for n, size in enumerate([10, 100, 2000], start=8):
    prices = [money(rng.randint(1, 50000)) for _ in range(size)]
    top = max(prices, key=lambda p: float(p))
    prices += [top] * rng.randint(0, 3)
    rng.shuffle(prices)
    write(f"{n:02d}-random", products(prices))
