#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(28053)


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


import datetime


def customers(ids):
    return insert("customers", ["id", "name"], [(i, f"Customer {i}") for i in ids])


def orders(rows):
    rows = [(k + 1, c, d, money(rng.randint(100, 20000))) for k, (c, d) in enumerate(rows)]
    return insert("orders", ["id", "customer_id", "ordered_on", "total"], rows)


def random_day():
    start = datetime.date(2023, 12, 1)
    return (start + datetime.timedelta(days=rng.randint(0, 120))).isoformat()


write("01-empty")
write("02-no-orders", customers([1, 2]))
write("03-only-january", customers([1]), orders([(1, "2024-01-01"), (1, "2024-01-31"), (1, "2024-01-15")]))
write("04-month-edges", customers([1, 2, 3]), orders([(1, "2024-01-31"), (1, "2024-02-01"), (2, "2023-12-31"), (2, "2024-02-15"),
                                                      (3, "2024-01-01"), (3, "2024-03-01")]))
write("05-leap-day", customers([1, 2]), orders([(1, "2024-01-10"), (1, "2024-02-29"), (2, "2024-01-10"), (2, "2024-02-28")]))
write("06-other-years", customers([1, 2]), orders([(1, "2023-01-10"), (1, "2023-02-10"), (2, "2025-01-10"), (2, "2024-02-10")]))
for n, (nc, no) in enumerate([(10, 30), (100, 300), (1000, 4000)], start=7):
    ids = rng.sample(range(1, 5 * nc), nc)
    write(f"{n:02d}-random", customers(ids), orders([(rng.choice(ids), random_day()) for _ in range(no)]))
