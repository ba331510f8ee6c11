#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import datetime
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(16042)
NAMES = ["ana", "bram", "chen", "dora", "emil", "fay", "gus", "hana", "ivo", "jules"]
LABELS = ["ci", "laptop", "backup", "billing-sync", "old-cli", "staging", "cron", "mobile"]


def lit(v):
    if v is None:
        return "NULL"
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def insert(table, cols, rows):
    if not rows:
        return ""
    values = ",\n".join("  (" + ", ".join(lit(v) for v in r) + ")" for r in rows)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES\n{values};\n"


def write(name, users, keys, requests):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.in").write_text(
        insert("users", ["id", "name"], users)
        + insert("api_keys", ["id", "user_id", "label"], keys)
        + insert("requests", ["id", "api_key_id", "requested_at", "path"], requests)
    )


def ts(base, seconds):
    return (base + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


BASE = datetime.datetime(2024, 3, 1)


def random_case(name, n_users, n_keys, n_requests, unused_share):
    users = [(i, f"{rng.choice(NAMES)}{i}") for i in range(1, n_users + 1)]
    key_ids = rng.sample(range(1, n_keys * 3 + 1), n_keys)
    keys = [(k, rng.randint(1, n_users), rng.choice(LABELS)) for k in sorted(key_ids)]
    used = [k for k, _, _ in keys if rng.random() >= unused_share] or [keys[0][0]]
    requests = [(i, rng.choice(used), ts(BASE, rng.randint(0, 90 * 86400)), "/v1/" + rng.choice(LABELS))
                for i in range(1, n_requests + 1)]
    write(name, users, keys, requests)


write("01-empty", [], [], [])
write("02-no-requests", [(1, "ana"), (2, "bram")], [(1, 1, "ci"), (2, 2, "ci"), (3, 2, "laptop")], [])
write("03-user-without-keys", [(1, "ana"), (2, "bram"), (3, "chen")], [(5, 3, "cron")],
      [(1, 5, "2024-01-01 00:00:00", "/v1/jobs")])
write("04-out-of-order-log", [(1, "ana")], [(1, 1, "ci"), (2, 1, "laptop")],
      [(1, 1, "2024-02-01 10:00:00", "/a"), (2, 1, "2024-02-03 10:00:00", "/b"),
       (3, 1, "2024-02-02 10:00:00", "/c"), (4, 2, "2024-02-05 00:00:01", "/a"),
       (5, 2, "2024-02-05 00:00:00", "/b")])
write("05-same-label-many-users", [(1, "ana"), (2, "bram"), (3, "chen")],
      [(1, 1, "backup"), (2, 2, "backup"), (3, 3, "backup"), (4, 1, "ci")],
      [(1, 2, "2024-04-01 12:00:00", "/x"), (2, 3, "2024-04-02 12:00:00", "/x"),
       (3, 2, "2024-03-30 12:00:00", "/y")])
write("06-same-second", [(1, "dora")], [(10, 1, "mobile")],
      [(1, 10, "2024-06-30 23:59:59", "/a"), (2, 10, "2024-06-30 23:59:59", "/b"),
       (3, 10, "2023-06-30 23:59:59", "/c")])
random_case("07-random", 5, 12, 40, 0.3)
random_case("08-random", 60, 300, 1500, 0.2)
random_case("09-random", 200, 800, 2000, 0.5)
