#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(28827)


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

OWNERS = ["billing", "search", "reports", "mobile", "partner", "ci"]
DAY = datetime.date(2024, 6, 30)


def keys(rows):
    rows = [(i + 1, o, f"tk_{i + 1:04x}{rng.randint(0, 4095):03x}", c, e, r) for i, (o, c, e, r) in enumerate(rows)]
    return insert("api_keys", ["id", "owner", "prefix", "created_on", "expires_on", "revoked_on"], rows)


def day(offset):
    return None if offset is None else (DAY + datetime.timedelta(days=offset)).isoformat()


def random_key():
    created = rng.randint(-800, 30)
    expires = None if rng.random() < 0.3 else created + rng.choice([1, 30, 90, 365, 730])
    revoked = None if rng.random() < 0.7 else created + rng.randint(0, 400)
    if rng.random() < 0.15:
        expires = 0
    return (rng.choice(OWNERS), day(created), day(expires), day(revoked))


write("01-empty")
write("02-created-on-the-day", keys([("ci", day(0), None, None), ("ci", day(1), None, None)]))
write("03-expires-on-the-day", keys([("ci", day(-10), day(0), None), ("ci", day(-10), day(1), None)]))
write("04-revoked-on-the-day", keys([("ci", day(-10), None, day(0)), ("ci", day(-10), None, day(1))]))
write("05-never-expires", keys([("billing", day(-1000), None, None)] * 3))
write("06-all-expired", keys([("search", day(-100), day(-50), None), ("search", day(-40), day(-1), None)]))
for n, size in enumerate([25, 150, 1200], start=7):
    write(f"{n:02d}-random", keys([random_key() for _ in range(size)]))
