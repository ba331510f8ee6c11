#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(14647)


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


def invoices(rows):
    rows = [(k + 1, rng.randint(1, 50), a, i, p) for k, (a, i, p) in enumerate(rows)]
    return insert("invoices", ["id", "customer_id", "amount", "issued_on", "paid_on"], rows)


def random_invoice():
    issued = datetime.date(2023, 10, 1) + datetime.timedelta(days=rng.randint(0, 200))
    paid = None if rng.random() < 0.2 else (issued + datetime.timedelta(days=rng.randint(0, 45))).isoformat()
    return (money(rng.randint(100, 200000)), issued.isoformat(), paid)


write("01-empty")
write("02-nothing-paid", invoices([(money(1000), "2024-01-01", None), (money(2000), "2024-02-01", None)]))
write("03-year-boundary", invoices([(money(100), "2023-12-20", "2023-12-31"), (money(200), "2023-12-20", "2024-01-01"),
                                    (money(300), "2024-12-01", "2024-12-02")]))
write("04-same-month-other-years", invoices([(money(100), "2023-03-01", "2023-03-05"), (money(200), "2024-03-01", "2024-03-05")]))
write("05-paid-before-issued", invoices([(money(500), "2024-02-01", "2024-01-30"), (money(700), "2024-01-15", "2024-01-16")]))
write("06-many-in-one-month", invoices([(money(rng.randint(1, 99999)), "2024-06-01", f"2024-06-{d:02d}") for d in range(1, 31)]))
for n, size in enumerate([20, 300, 3000], start=7):
    write(f"{n:02d}-random", invoices([random_invoice() for _ in range(size)]))
