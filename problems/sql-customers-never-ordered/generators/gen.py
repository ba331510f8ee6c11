#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(16001)


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
    return insert("customers", ["id", "name", "email"], [(i, f"user{i}", f"user{i}@example.com") for i in ids])


def orders(pairs):
    return insert("orders", ["id", "customer_id", "total"], [(k + 1, c, t) for k, (c, t) in enumerate(pairs)])


write("01-no-tables")
write("02-no-orders", customers([3, 1, 2]))
write("03-everyone-ordered", customers([1, 2]), orders([(1, money(500)), (2, money(750)), (2, money(100))]))
write("04-order-without-customer", customers([1, 2, 3]), orders([(None, money(300)), (2, money(400))]))
write("05-many-orders-one-customer", customers([5, 9]), orders([(9, money(100))] * 6))
write("06-name-collision",
      insert("customers", ["id", "name", "email"], [(1, "Sam", "sam@a.io"), (2, "Sam", "sam@b.io"), (3, "Kim", "kim@c.io")]),
      orders([(1, money(200))]))
for n, (nc, no) in enumerate([(30, 20), (200, 150), (1000, 1500)], start=7):
    ids = rng.sample(range(1, 100000), nc)
    pairs = [(rng.choice(ids) if rng.random() > 0.05 else None, money(rng.randint(1, 99999))) for _ in range(no)]
    write(f"{n:02d}-random", customers(ids), orders(pairs))
