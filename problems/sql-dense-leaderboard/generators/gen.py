#!/usr/bin/env python3
"""Seeded data generator for sql-dense-leaderboard: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(103)


class Raw(str):
    """A literal written unquoted (e.g. a NUMERIC such as 12.50)."""


def lit(v):
    if v is None:
        return 'NULL'
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return repr(v)


def money(cents):
    sign = '-' if cents < 0 else ''
    return Raw('%s%d.%02d' % (sign, abs(cents) // 100, abs(cents) % 100))


def inserts(table, cols, rows):
    out = []
    for i in range(0, len(rows), 500):
        chunk = rows[i:i + 500]
        out.append('INSERT INTO %s (%s) VALUES\n' % (table, ', '.join(cols))
                   + ',\n'.join('  (' + ', '.join(lit(v) for v in r) + ')' for r in chunk) + ';')
    return '\n'.join(out)


def write(folder, name, *tables):
    """tables: (table, columns, rows) in foreign-key order."""
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    body = '\n'.join(inserts(*t) for t in tables if t[2])
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(body + '\n' if body else '')


# ---- problem-specific ----
COLS = ['id', 'player', 'score']
NAMES = ['ana', 'bo', 'cy', 'dee', 'eli', 'fox', 'gus', 'hal', 'ivy', 'jo', 'kai', 'lu', 'mo', 'nell']


def runs(players, n, lo, hi):
    return [(i + 1, rng.choice(players), rng.randint(lo, hi)) for i in range(n)]


write('sample', '01', ('runs', COLS, [(1, 'ana', 70), (2, 'bo', 90), (3, 'ana', 90), (4, 'cy', 80), (5, 'bo', 60), (6, 'dee', 40)]))
write('sample', '02', ('runs', COLS, [(1, 'solo', 10), (2, 'solo', 10)]))
write('secret', '01-empty', ('runs', COLS, []))
write('secret', '02-all-tied', ('runs', COLS, [(i, NAMES[i], 50) for i in range(1, 8)]))
write('secret', '03-no-ties', ('runs', COLS, [(i, NAMES[i], 10 * i) for i in range(1, 10)]))
write('secret', '04-tie-then-gap', ('runs', COLS, [(1, 'a', 5), (2, 'b', 5), (3, 'c', 5), (4, 'd', 4), (5, 'e', 1), (6, 'e', 3), (7, 'f', 3)]))
write('secret', '05-same-score-different-players', ('runs', COLS, [(1, 'ana', 3), (2, 'anabel', 3), (3, 'ana', 7), (4, 'an', 7)]))
write('secret', '06-negative-scores', ('runs', COLS, [(1, 'x', -5), (2, 'y', 0), (3, 'z', -5), (4, 'x', -6)]))
write('secret', '07-random', ('runs', COLS, runs(NAMES, 80, 0, 20)))
write('secret', '08-large', ('runs', COLS, runs(['p%04d' % i for i in range(3000)], 20000, 0, 500)))
