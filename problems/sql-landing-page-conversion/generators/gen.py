#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(29743)


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


PAGES = ["/home", "/pricing", "/blog", "/docs", "/signup", "/features", "/careers", "/contact"]


def sessions(rows):
    out = []
    for k, (page, conv) in enumerate(rows):
        user = None if rng.random() < 0.1 else rng.randint(1, 400)
        at = f"2024-05-{rng.randint(1, 31):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00"
        out.append((k + 1, user, page, at, conv))
    return insert("sessions", ["id", "user_id", "landing_page", "started_at", "converted"], out)


write("01-empty")
write("02-nobody-converts", sessions([("/home", 0), ("/home", 0), ("/docs", 0)]))
write("03-everyone-converts", sessions([("/signup", 1)] * 4))
write("04-thirds", sessions([("/blog", 1), ("/blog", 0), ("/blog", 0), ("/docs", 1), ("/docs", 1), ("/docs", 0)]))
write("05-tie-on-rate", sessions([("/pricing", 1), ("/pricing", 0), ("/contact", 1), ("/contact", 0), ("/home", 1), ("/home", 0)]))
write("06-one-in-seven", sessions([("/features", 1)] + [("/features", 0)] * 6))
write("07-same-user-many-sessions", sessions([("/home", 0)] * 3 + [("/home", 1)]))
for n, size in enumerate([40, 400, 4000], start=8):
    weights = {p: rng.random() for p in PAGES}
    rows = []
    for _ in range(size):
        p = rng.choice(PAGES)
        rows.append((p, 1 if rng.random() < weights[p] * 0.5 else 0))
    write(f"{n:02d}-random", sessions(rows))
