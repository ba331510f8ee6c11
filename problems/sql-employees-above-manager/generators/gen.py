#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(14509)


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


NAMES = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ira", "Jo", "Kai", "Lu", "Mo", "Ned"]


def employees(rows):
    return insert("employees", ["id", "name", "salary", "manager_id"], rows)


def tree(size, roots=1):
    rows = []
    for i in range(1, size + 1):
        manager = None if i <= roots else rng.randint(1, i - 1)
        rows.append((i, f"{rng.choice(NAMES)}{i}", rng.randint(30, 120) * 100, manager))
    return rows


write("01-empty")
write("02-only-a-ceo", employees([(1, "Ceo", 10, None)]))
write("03-equal-salary", employees([(1, "Boss", 5000, None), (2, "Peer", 5000, 1), (3, "Low", 4000, 1)]))
write("04-everyone-above", employees([(1, "Boss", 100, None), (2, "Aa", 200, 1), (3, "Bb", 300, 2), (4, "Cc", 400, 3)]))
write("05-manager-listed-after", employees([(1, "Top", 900, None), (2, "Mid", 800, 1), (5, "Late", 700, 1)]) +
      employees([(3, "Early", 750, 5)]))
write("06-several-roots", employees(tree(12, roots=4)))
for n, size in enumerate([30, 200, 1500], start=7):
    write(f"{n:02d}-random", employees(tree(size, roots=rng.randint(1, 5))))
