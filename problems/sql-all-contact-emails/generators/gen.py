#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(29471)


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



def customers(emails):
    return insert("customers", ["id", "name", "email"], [(i + 1, f"Customer {i + 1}", e) for i, e in enumerate(emails)])


def subscribers(emails):
    rows = [(i + 1, e, f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i, e in enumerate(emails)]
    return insert("newsletter_subscribers", ["id", "email", "subscribed_on"], rows)


def pool(size):
    return [f"user{k}@{rng.choice(['example.com', 'mail.io'])}" for k in rng.sample(range(100000), size)]


write("01-empty")
write("02-only-customers", customers(["a@x.io", "b@x.io", None]))
write("03-only-subscribers", subscribers(["a@x.io", "a@x.io", "c@x.io"]))
write("04-same-people-both", customers(["a@x.io", "b@x.io"]), subscribers(["b@x.io", "a@x.io"]))
write("05-customers-share-an-email", customers(["team@x.io", "team@x.io", None, None]))
write("06-all-null-customers", customers([None, None]), subscribers(["z@x.io"]))
for n, (nc, ns, size) in enumerate([(20, 20, 25), (200, 300, 300), (1500, 1500, 1800)], start=7):
    p = pool(size)
    cust = [rng.choice(p) if rng.random() < 0.85 else None for _ in range(nc)]
    write(f"{n:02d}-random", customers(cust), subscribers([rng.choice(p) for _ in range(ns)]))
