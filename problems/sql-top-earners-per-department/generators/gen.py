#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(19470)


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


NAMES = ["Ana", "Ben", "Cal", "Dee", "Eli", "Fay", "Gil", "Hana", "Ike", "Jun", "Kit", "Lou"]


def departments(n):
    return insert("departments", ["id", "name"], [(i, f"Department {i}") for i in range(1, n + 1)])


def employees(rows):
    rows = [(k + 1, f"{rng.choice(NAMES)} {k + 1}", s, d) for k, (s, d) in enumerate(rows)]
    return insert("employees", ["id", "name", "salary", "department_id"], rows)


write("01-empty")
write("02-departments-without-people", departments(3))
write("03-everyone-same-salary", departments(1), employees([(5000, 1)] * 5))
write("04-tie-on-third", departments(1), employees([(9000, 1), (8000, 1), (7000, 1), (7000, 1), (6000, 1)]))
write("05-tie-on-first", departments(1), employees([(9000, 1), (9000, 1), (8000, 1), (7000, 1), (6000, 1)]))
write("06-fewer-than-three-distinct", departments(2), employees([(100, 1), (200, 1), (100, 1), (300, 2)]))
write("07-ids-against-salary-order", departments(2), employees([(100, 2), (300, 2), (200, 2), (400, 2), (300, 1)]))
for n, (nd, ne) in enumerate([(3, 20), (10, 200), (40, 3000)], start=8):
    rows = [(rng.randint(30, 60) * 100, rng.randint(1, nd)) for _ in range(ne)]
    write(f"{n:02d}-random", departments(nd), employees(rows))
