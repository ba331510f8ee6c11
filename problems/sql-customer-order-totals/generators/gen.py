#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(25655)


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



def customers(ids):
    return insert("customers", ["id", "name"], [(i, f"Customer {i}") for i in ids])


def orders(rows):
    return insert("orders", ["id", "customer_id", "total"], [(k + 1, c, t) for k, (c, t) in enumerate(rows)])


write("01-empty")
write("02-nobody-ordered", customers([3, 1, 2]))
write("03-zero-total-orders", customers([1, 2]), orders([(1, money(0)), (1, money(0))]))
write("04-tie-on-total", customers([4, 2, 9]), orders([(4, money(1000)), (2, money(500)), (2, money(500)), (9, money(1000))]))
write("05-one-customer-many-orders", customers([1, 2]), orders([(2, money(rng.randint(1, 9999))) for _ in range(50)]))
write("06-cents", customers([1, 2]), orders([(1, money(1)), (1, money(2)), (2, money(3))]))
for n, (nc, no) in enumerate([(10, 15), (100, 150), (1000, 3000)], start=7):
    ids = rng.sample(range(1, 10 * nc), nc)
    rows = [(rng.choice(ids), money(rng.choice([500, 1000, rng.randint(0, 30000)]))) for _ in range(no)]
    write(f"{n:02d}-random", customers(ids), orders(rows))
