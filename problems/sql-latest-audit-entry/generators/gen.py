#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(14585)


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

BASE = datetime.datetime(2024, 6, 1)
ACTIONS = ["login", "logout", "update", "delete", "export", "invite", "rotate_key"]


def stamp(seconds):
    return (BASE + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def logs(rows):
    rows = [(k + 1, u, a, r, stamp(t)) for k, (u, a, r, t) in enumerate(rows)]
    return insert("audit_logs", ["id", "user_id", "action", "resource", "created_at"], rows)


def entry(user, t):
    action = rng.choice(ACTIONS)
    resource = None if action in ("login", "logout") else f"{rng.choice(['invoice', 'project', 'key'])}/{rng.randint(1, 99)}"
    return (user, action, resource, t)


write("01-empty")
write("02-late-arrival", logs([(1, "update", "a/1", 100), (1, "login", None, 10)]))
write("03-tie-at-latest", logs([(1, "login", None, 5), (1, "update", "a/1", 50), (1, "delete", "a/1", 50)]))
write("04-tie-late-arrival", logs([(2, "delete", "b/2", 70), (2, "update", "b/2", 70), (2, "login", None, 80), (2, "logout", None, 60)]))
write("05-single-entries", logs([(u, "login", None, 1000 - u) for u in (5, 3, 8)]))
write("06-all-same-instant", logs([(1, a, None, 0) for a in ("login", "update", "logout")] + [(2, "login", None, 0)]))
for n, (users, size) in enumerate([(5, 30), (40, 400), (300, 4000)], start=7):
    rows = [entry(rng.randint(1, users), rng.randint(0, 86400 if size < 1000 else 3600)) for _ in range(size)]
    write(f"{n:02d}-random", logs(rows))
