#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import datetime
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(16043)
PATHS = ["/home", "/pricing", "/docs", "/blog", "/signup", "/login", "/settings"]
BASE = datetime.datetime(2024, 3, 1, 8, 0, 0)


def ts(seconds):
    return (BASE + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def write(name, views):
    """views: (user_id, seconds after BASE); ids are assigned in a shuffled (non-time) order."""
    OUT.mkdir(parents=True, exist_ok=True)
    views = list(views)
    rng.shuffle(views)
    rows = [f"  ({i}, {u}, '{ts(s)}', '{rng.choice(PATHS)}')" for i, (u, s) in enumerate(views, start=1)]
    text = "" if not rows else (
        "INSERT INTO page_views (id, user_id, viewed_at, path) VALUES\n" + ",\n".join(rows) + ";\n")
    (OUT / f"{name}.in").write_text(text)


def random_user(user, n_views):
    t, out = rng.randint(0, 86400), []
    for _ in range(n_views):
        out.append((user, t))
        r = rng.random()
        # mostly short gaps, sometimes a gap right at the 30-minute edge, sometimes a long break
        t += rng.randint(0, 1500) if r < 0.7 else rng.choice([1799, 1800, 1801]) if r < 0.8 \
            else rng.randint(1801, 3 * 86400)
    return out


write("01-empty", [])
write("02-single-view", [(5, 0)])
write("03-exactly-thirty-minutes", [(1, 0), (1, 1800), (1, 3600), (2, 0), (2, 1801), (2, 3602)])
write("04-same-timestamp", [(1, 100), (1, 100), (1, 100), (2, 100), (2, 100)])
write("05-long-chain-short-gaps", [(1, k * 1500) for k in range(40)] + [(2, k * 1790) for k in range(3)])
write("06-interleaved-users", [(u, k * 1200 + u) for k in range(10) for u in (1, 2, 3)]
      + [(4, 700), (4, 5000)])
write("07-across-midnight", [(9, 16 * 3600 - 60 + k * 600) for k in range(6)] + [(9, 40 * 3600)])
write("08-random", [v for u in range(1, 6) for v in random_user(u, rng.randint(1, 15))])
write("09-random", [v for u in range(1, 81) for v in random_user(u, rng.randint(1, 30))][:2500])
write("10-random", [v for u in range(1, 301) for v in random_user(u, rng.randint(1, 12))][:3000])
