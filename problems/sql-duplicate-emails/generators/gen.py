#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(20710)


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


DOMAINS = ["example.com", "mail.io", "corp.dev"]


def variant(email):
    return "".join(ch.upper() if rng.random() < 0.3 else ch for ch in email)


def accounts(emails):
    rows = [(i + 1, e, f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}") for i, e in enumerate(emails)]
    return insert("accounts", ["id", "email", "created_on"], rows)


write("01-empty")
write("02-one-account", accounts(["solo@example.com"]))
write("03-exact-duplicates", accounts(["abc@mail.io"] * 4 + ["xyz@mail.io"]))
write("04-case-only-duplicates", accounts(["Kim@Corp.dev", "kim@corp.dev", "KIM@CORP.DEV", "lee@corp.dev"]))
write("05-tie-on-count", accounts(["bbb@mail.io", "aaa@mail.io", "BBB@mail.io", "AAA@mail.io", "ccc@mail.io"]))
write("06-same-local-part-other-domain", accounts(["sam@mail.io", "sam@corp.dev", "Sam@mail.io"]))
for n, (users, size) in enumerate([(20, 40), (100, 150), (400, 1200)], start=7):
    base = [f"u{k:04d}@{rng.choice(DOMAINS)}" for k in rng.sample(range(10000), users)]
    emails = [variant(rng.choice(base)) for _ in range(size)]
    write(f"{n:02d}-random", accounts(emails))
