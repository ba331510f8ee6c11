#!/usr/bin/env python3
"""Seeded data generator for sql-median-latency: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(116)


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
COLS = ['id', 'endpoint_id', 'ms']


def samples(endpoints, n, heavy_tail):
    rows = []
    for _ in range(n):
        e = rng.choice(endpoints)
        ms = rng.randint(5, 400) if rng.random() > heavy_tail else rng.randint(2000, 30000)
        rows.append((e, ms))
    return [(i + 1, e, ms) for i, (e, ms) in enumerate(rows)]


write('sample', '01', ('response_times', COLS, [(1, 1, 120), (2, 1, 30000), (3, 1, 80), (4, 2, 10), (5, 2, 40), (6, 2, 20), (7, 2, 20)]))
write('sample', '02', ('response_times', COLS, [(1, 5, 7), (2, 5, 8)]))
write('secret', '01-empty', ('response_times', COLS, []))
write('secret', '02-single-sample', ('response_times', COLS, [(1, 3, 250)]))
write('secret', '03-even-half-values', ('response_times', COLS, [(1, 1, 1), (2, 1, 2), (3, 2, 10), (4, 2, 11), (5, 2, 12), (6, 2, 13)]))
write('secret', '04-all-equal', ('response_times', COLS, [(i, 9, 42) for i in range(1, 8)]))
write('secret', '05-ids-not-sorted-by-ms', ('response_times', COLS, [(1, 4, 900), (2, 4, 100), (3, 4, 500), (4, 4, 300), (5, 4, 700)]))
write('secret', '06-random-small', ('response_times', COLS, samples([1, 2, 3], 31, 0.1)))
write('secret', '07-random', ('response_times', COLS, samples(list(range(1, 40)), 3000, 0.05)))
write('secret', '08-large', ('response_times', COLS, samples(list(range(1, 200)), 20000, 0.02)))
