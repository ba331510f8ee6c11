#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/sql-mutual-follows
"""

import random
from datetime import datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(80417)
EPOCH = datetime(2021, 1, 1)
WORDS = ["ada", "bit", "cat", "dot", "elm", "fox", "gem", "hex", "ivy", "jet", "kit", "lux",
         "mox", "nib", "oak", "pix", "quill", "rye", "sol", "tau", "umi", "vex", "wren", "yak", "zed"]


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


def write(name, *inserts):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.in").write_text("".join(inserts))


def users(pairs):
    return insert("users", ["id", "handle"], pairs)


def follows(edges):
    """edges: (follower, followee) in insertion order; created_at grows along the list."""
    t = EPOCH + timedelta(seconds=rng.randint(0, 86400))
    rows = []
    for a, b in edges:
        t += timedelta(seconds=rng.randint(1, 20000))
        rows.append((a, b, t.strftime("%Y-%m-%d %H:%M:%S")))
    return insert("follows", ["follower_id", "followee_id", "created_at"], rows)


def handles(ids):
    return [(i, f"{rng.choice(WORDS)}_{i}") for i in ids]


def random_graph(n_users, n_edges, p_back, p_self, p_silent):
    """Sparse ids; a p_silent share of users never follows or is followed; reciprocity p_back."""
    ids = rng.sample(range(1, 20 * n_users), n_users)
    active = [i for i in ids if rng.random() >= p_silent]
    edges, seen = [], set()

    def add(a, b):
        if (a, b) not in seen:
            seen.add((a, b))
            edges.append((a, b))

    while len(edges) < n_edges:
        a = rng.choice(active)
        if rng.random() < p_self:
            add(a, a)
            continue
        # a few popular accounts attract a share of the follows
        b = rng.choice(active[:10]) if rng.random() < 0.2 else rng.choice(active)
        if a == b:
            continue
        add(a, b)
        if rng.random() < p_back:
            add(b, a)
    rng.shuffle(ids)
    return users(handles(ids)), follows(edges)


write("01-empty")

write("02-no-follows", users([(3, "nina"), (1, "omar"), (2, "lee"), (4, "lea")]))

# everybody follows themselves; one real mutual pair
write("03-self-follows",
      users([(1, "amal"), (2, "bo"), (3, "cyd"), (4, "dara")]),
      follows([(1, 1), (2, 2), (3, 3), (4, 4), (3, 2), (2, 3)]))

# a cycle, a star and a chain, all one-directional, plus self-follows: nobody has a mutual
write("04-one-way-only",
      users([(i, h) for i, h in enumerate(["kim", "lars", "mei", "ned", "ola", "pia", "quin"], start=1)]),
      follows([(1, 2), (2, 3), (3, 1), (4, 1), (5, 1), (6, 1), (7, 6), (6, 5), (7, 7), (1, 1)]))

# complete graph on 8 users, including every self-follow
ids = list(range(10, 18))
write("05-everyone-follows-everyone",
      users([(i, f"crew{i}") for i in ids]),
      follows([(a, b) for a in ids for b in ids]))

# one celebrity followed by 200 fans, follows 60 of them back; fans follow each other in pairs
fans = list(range(2, 202))
edges = [(f, 1) for f in fans] + [(1, f) for f in rng.sample(fans, 60)]
edges += [(1, 1)] + [(1, u) for u in range(202, 232)]  # celebrity follows 30 users who ignore them
for k in range(0, 120, 2):
    edges += [(fans[k], fans[k + 1]), (fans[k + 1], fans[k])]
for k in range(120, 160):
    edges.append((fans[k], fans[k + 1]))
rng.shuffle(edges)
write("06-celebrity", users([(1, "star")] + [(i, f"fan{i:03d}") for i in range(2, 232)]), follows(edges))

# handles in byte order (uppercase < '_' < lowercase), ties on every count
write("07-ties-and-byte-order",
      users([(1, "Zoe"), (2, "amy"), (3, "_root"), (4, "alex9"), (5, "alex_9"), (6, "ALEX"), (7, "bea"), (8, "Bea")]),
      follows([(1, 2), (2, 1), (3, 4), (4, 3), (5, 6), (6, 5), (7, 7), (8, 7), (7, 1), (2, 8)]))

for n, (nu, ne, pb, ps, psil) in enumerate([(40, 90, 0.5, 0.05, 0.15),
                                           (400, 1500, 0.4, 0.03, 0.1),
                                           (1000, 4500, 0.35, 0.02, 0.08)], start=8):
    write(f"{n:02d}-random", *random_graph(nu, ne, pb, ps, psil))
