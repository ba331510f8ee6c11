#!/usr/bin/env python3
"""Seeded data generator for sql-rate-limit-violations: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(115)


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
COLS = ['id', 'client_id', 'ts', 'path']
PATHS = ['/v1/orders', '/v1/users/me', '/v1/search', '/health', '/v1/invoices']
T0 = 1717200000


def log(clients, n, span, burst_p):
    rows = []
    for _ in range(n):
        c = rng.choice(clients)
        t = T0 + rng.randint(0, span)
        rows.append((t, c))
        if rng.random() < burst_p:
            for _ in range(rng.randint(3, 12)):
                rows.append((t + rng.randint(0, 30), c))
    rows.sort()
    return [(i + 1, c, t, rng.choice(PATHS)) for i, (t, c) in enumerate(rows)]


write('sample', '01', ('requests', COLS, [(1, 7, 1000, '/a'), (2, 7, 1010, '/a'), (3, 7, 1010, '/b'), (4, 7, 1020, '/a'), (5, 7, 1030, '/a'),
                                         (6, 7, 1059, '/a'), (7, 7, 1060, '/a'), (8, 8, 1000, '/a'), (9, 7, 1130, '/a')]))
write('sample', '02', ('requests', COLS, [(i, 3, 5000 + 12 * i, '/health') for i in range(1, 11)]))
write('secret', '01-empty', ('requests', COLS, []))
write('secret', '02-same-second-burst', ('requests', COLS, [(i, 1, 2000, '/x') for i in range(1, 9)]))
write('secret', '03-exactly-60-apart', ('requests', COLS, [(1, 2, 100, '/x'), (2, 2, 101, '/x'), (3, 2, 102, '/x'), (4, 2, 103, '/x'),
                                                          (5, 2, 104, '/x'), (6, 2, 160, '/x'), (7, 2, 161, '/x'), (8, 2, 163, '/x')]))
write('secret', '04-interleaved-clients', ('requests', COLS, [(i, i % 3, 500 + i, '/y') for i in range(1, 40)]))
write('secret', '05-random-small', ('requests', COLS, log([1, 2, 3, 4], 60, 600, 0.2)))
write('secret', '06-random', ('requests', COLS, log(list(range(1, 50)), 3000, 86400, 0.1)))
write('secret', '07-heavy-client', ('requests', COLS, log([1, 2], 2000, 20000, 0.05)))
write('secret', '08-large', ('requests', COLS, log(list(range(1, 6)), 25000, 86400 * 2, 0.03)))
