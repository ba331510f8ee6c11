#!/usr/bin/env python3
"""Seeded data generator for sql-org-chart-depth: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(107)


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
COLS = ['id', 'name', 'manager_id']
FIRST = ['Ada', 'Ben', 'Cleo', 'Dev', 'Ema', 'Finn', 'Gia', 'Hugo', 'Isla', 'Jude', 'Kira', 'Leo', 'Mia', 'Nico']


def forest(n, heads, chain_bias):
    """Ids are shuffled so that a manager's id is not always smaller than its reports'."""
    ids = rng.sample(range(1, n * 3), n)
    rows = []
    for i, eid in enumerate(ids):
        if i < heads:
            mgr = None
        elif rng.random() < chain_bias:
            mgr = ids[i - 1]
        else:
            mgr = ids[rng.randint(0, i - 1)]
        rows.append((eid, rng.choice(FIRST) + str(i), mgr))
    return rows


write('sample', '01', ('employees', COLS, [(1, 'Rosa', None), (2, 'Sam', 1), (3, 'Tia', 2), (4, 'Uma', None), (5, 'Vic', 3), (6, 'Wes', 4)]))
write('sample', '02', ('employees', COLS, [(10, 'Zed', None)]))
write('secret', '01-empty', ('employees', COLS, []))
write('secret', '02-only-heads', ('employees', COLS, [(i, 'Head' + str(i), None) for i in range(1, 6)]))
write('secret', '03-manager-has-larger-id', ('employees', COLS, [(9, 'Top', None), (5, 'Mid', 9), (1, 'Low', 5), (7, 'Low2', 5)]))
write('secret', '04-long-chain', ('employees', COLS, [(1, 'E1', None)] + [(i, 'E%d' % i, i - 1) for i in range(2, 60)]))
write('secret', '05-wide', ('employees', COLS, [(1, 'Boss', None)] + [(i, 'R%d' % i, 1) for i in range(2, 80)]))
write('secret', '06-random-forest', ('employees', COLS, forest(200, 4, 0.3)))
write('secret', '07-deep-random', ('employees', COLS, forest(3000, 2, 0.9)))
write('secret', '08-large', ('employees', COLS, forest(8000, 20, 0.5)))
