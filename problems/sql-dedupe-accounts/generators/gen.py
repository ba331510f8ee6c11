#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(18899)


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

BASE = datetime.datetime(2024, 1, 1)


def stamp(minutes):
    return (BASE + datetime.timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M:%S")


def accounts(rows):
    return insert("accounts", ["id", "email", "created_at"], rows)


def random_case(n_emails, n_rows):
    emails = [f"user{k}@example.com" for k in rng.sample(range(100000), n_emails)]
    ids = rng.sample(range(1, 20 * n_rows), n_rows)
    rows = []
    for i in ids:
        minute = rng.randint(0, 60 * 24 * 90) if rng.random() < 0.8 else rng.randint(0, 3) * 60
        rows.append((i, rng.choice(emails), stamp(minute)))
    return accounts(rows)


write("01-empty")
write("02-no-duplicates", accounts([(1, "a@x.io", stamp(5)), (2, "b@x.io", stamp(1))]))
write("03-oldest-has-highest-id", accounts([(1, "a@x.io", stamp(50)), (2, "a@x.io", stamp(40)), (3, "a@x.io", stamp(30))]))
write("04-same-instant", accounts([(7, "a@x.io", stamp(10)), (3, "a@x.io", stamp(10)), (5, "a@x.io", stamp(10))]))
write("05-same-instant-not-oldest", accounts([(1, "a@x.io", stamp(20)), (2, "a@x.io", stamp(20)), (9, "a@x.io", stamp(5))]))
write("06-many-copies", accounts([(i, "spam@x.io", stamp(100 - i)) for i in range(1, 11)]))
for n, (ne, nr) in enumerate([(10, 30), (100, 300), (800, 3000)], start=7):
    write(f"{n:02d}-random", random_case(ne, nr))
