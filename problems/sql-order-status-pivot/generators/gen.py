#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(5618)


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


STATUSES = ["pending", "shipped", "shipped", "cancelled", "returned"]


def customers(ids):
    return insert("customers", ["id", "name"], [(i, f"Customer {i}") for i in ids])


def orders(rows):
    rows = [(k + 1, c, s, money(rng.randint(100, 50000))) for k, (c, s) in enumerate(rows)]
    return insert("orders", ["id", "customer_id", "status", "total"], rows)


write("01-empty")
write("02-no-orders", customers([2, 1]))
write("03-only-other-statuses", customers([1]), orders([(1, "returned"), (1, "returned")]))
write("04-one-status-each", customers([1, 2, 3]), orders([(1, "pending"), (2, "shipped"), (3, "cancelled")]))
write("05-same-name", insert("customers", ["id", "name"], [(1, "Sam"), (2, "Sam")]),
      orders([(1, "pending"), (2, "shipped"), (2, "shipped")]))
write("06-ids-not-in-insert-order", customers([9, 3, 6]), orders([(9, "pending"), (3, "cancelled")]))
for n, (nc, no) in enumerate([(8, 30), (60, 400), (500, 5000)], start=7):
    ids = rng.sample(range(1, 10 * nc), nc)
    write(f"{n:02d}-random", customers(ids), orders([(rng.choice(ids), rng.choice(STATUSES)) for _ in range(no)]))
