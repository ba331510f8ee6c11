#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(1297)


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


STATUSES = ["paid", "paid", "paid", "open", "void"]


def customers(n):
    return insert("customers", ["id", "name"], [(i, f"Company {i}") for i in range(1, n + 1)])


def invoices(rows):
    rows = [(k + 1, c, s, a, f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for k, (c, s, a) in enumerate(rows)]
    return insert("invoices", ["id", "customer_id", "status", "amount", "issued_on"], rows)


write("01-empty")
write("02-customers-without-invoices", customers(3))
write("03-one-big-invoice", customers(2), invoices([(1, "paid", money(100000)), (2, "paid", money(30000)), (2, "paid", money(20000))]))
write("04-exactly-500-in-cents", customers(2), invoices([(1, "paid", money(25001)), (1, "paid", money(24999)),
                                                       (2, "paid", money(25000)), (2, "paid", money(24999))]))
write("05-void-pushes-over", customers(1), invoices([(1, "paid", money(30000)), (1, "void", money(30000)), (1, "paid", money(10000))]))
write("06-tie-on-total", customers(4), invoices([(c, "paid", money(40000)) for c in (4, 2, 3, 1) for _ in range(2)]))
for n, (nc, ni) in enumerate([(10, 40), (80, 500), (600, 4000)], start=7):
    rows = [(rng.randint(1, nc), rng.choice(STATUSES), money(rng.choice([5000, 10000, 25000, rng.randint(100, 60000)])))
            for _ in range(ni)]
    write(f"{n:02d}-random", customers(nc), invoices(rows))
