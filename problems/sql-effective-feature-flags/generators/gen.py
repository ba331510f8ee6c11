#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(28007)


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


ENVS = ["production", "staging", "dev"]
WORDS = ["checkout", "search", "export", "billing", "banner", "onboarding", "cache", "beta", "api", "pricing"]


def flags(rows):
    return insert("feature_flags", ["id", "name", "default_on"], rows)


def overrides(rows):
    return insert("flag_overrides", ["flag_id", "environment", "enabled"], rows)


def random_case(size):
    fl = [(i, f"{rng.choice(WORDS)}_{rng.choice(WORDS)}_{i}", rng.randint(0, 1)) for i in range(1, size + 1)]
    ov = []
    for i, _, _ in fl:
        for env in ENVS:
            if rng.random() < 0.4:
                ov.append((i, env, rng.choice([0, 1, None])))
    return flags(fl) + overrides(ov)


write("01-empty")
write("02-no-overrides", flags([(1, "a_flag", 1), (2, "b_flag", 0)]))
write("03-only-other-environments", flags([(1, "a_flag", 1), (2, "b_flag", 0)]),
      overrides([(1, "staging", 0), (2, "dev", 1)]))
write("04-cleared-overrides", flags([(1, "a_flag", 1), (2, "b_flag", 0)]),
      overrides([(1, "production", None), (2, "production", None)]))
write("05-override-flips-everything", flags([(1, "a_flag", 1), (2, "b_flag", 0), (3, "c_flag", 1)]),
      overrides([(1, "production", 0), (2, "production", 1), (3, "production", 0)]))
write("06-ids-not-in-name-order", flags([(5, "zeta", 0), (2, "alpha", 1), (9, "mid", 0)]),
      overrides([(9, "production", 1)]))
for n, size in enumerate([15, 120, 800], start=7):
    write(f"{n:02d}-random", random_case(size))
