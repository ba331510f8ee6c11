#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(2695)


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

START = datetime.datetime(2024, 2, 20)


def users(stamps):
    rows = [(i + 1, f"user{i + 1}@example.com", s) for i, s in enumerate(stamps)]
    return insert("users", ["id", "email", "created_at"], rows)


def stamp(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S")


def random_stamp(span_days=50):
    return stamp(START + datetime.timedelta(seconds=rng.randint(0, span_days * 86400)))


write("01-empty")
write("02-all-outside", users(["2024-02-29 23:59:59", "2024-04-01 00:00:00", "2023-03-15 12:00:00"]))
write("03-last-day-evening", users(["2024-03-31 23:59:59", "2024-03-31 00:00:00", "2024-03-31 12:00:00"]))
write("04-first-second", users(["2024-03-01 00:00:00", "2024-03-01 00:00:01"]))
write("05-other-year-march", users(["2025-03-05 10:00:00", "2024-03-05 10:00:00", "2023-03-05 10:00:00"]))
write("06-inserted-out-of-order", users(["2024-03-20 10:00:00", "2024-03-02 10:00:00", "2024-03-20 09:00:00"]))
for n, size in enumerate([30, 300, 3000], start=7):
    write(f"{n:02d}-random", users([random_stamp() for _ in range(size)]))
