#!/usr/bin/env python3
"""Seeded data generator for sql-bill-of-materials: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(114)


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
PC = ['id', 'name']
CC = ['assembly_id', 'part_id', 'quantity']


def dag(nparts, layers, fanout, qmax):
    """Layered DAG: assemblies in layer k use parts of deeper layers; ids shuffled."""
    ids = rng.sample(range(1, nparts * 3), nparts)
    per = max(1, nparts // layers)
    layer = {pid: min(i // per, layers - 1) for i, pid in enumerate(ids)}
    comps = {}
    for pid in ids:
        if layer[pid] == layers - 1:
            continue
        deeper = [q for q in ids if layer[q] > layer[pid]]
        for q in rng.sample(deeper, min(len(deeper), rng.randint(0, fanout))):
            comps[(pid, q)] = rng.randint(1, qmax)
    parts = [(pid, 'P%d' % pid) for pid in sorted(ids)]
    return ('parts', PC, parts), ('components', CC, [(a, b, q) for (a, b), q in comps.items()])


write('sample', '01', ('parts', PC, [(1, 'Bike'), (2, 'Wheel'), (3, 'Spoke'), (4, 'Rim'), (5, 'Frame'), (6, 'Bolt')]),
      ('components', CC, [(1, 2, 2), (1, 5, 1), (1, 6, 4), (2, 3, 32), (2, 4, 1), (2, 6, 1)]))
write('sample', '02', ('parts', PC, [(1, 'Shelf'), (2, 'Board'), (3, 'Screw'), (4, 'Spare screw')]),
      ('components', CC, [(1, 2, 3), (1, 3, 12)]))
write('secret', '01-empty', ('parts', PC, []), ('components', CC, []))
write('secret', '02-diamond-same-row-twice', ('parts', PC, [(1, 'Top'), (2, 'Left'), (3, 'Right'), (4, 'Nut')]),
      ('components', CC, [(1, 2, 1), (1, 3, 1), (2, 4, 2), (3, 4, 2)]))
write('secret', '03-two-products-share', ('parts', PC, [(i, 'X%d' % i) for i in range(1, 8)]),
      ('components', CC, [(1, 3, 2), (2, 3, 5), (3, 4, 3), (3, 5, 1), (2, 6, 7), (1, 7, 1)]))
write('secret', '04-deep-chain', ('parts', PC, [(i, 'C%d' % i) for i in range(1, 12)]),
      ('components', CC, [(i, i + 1, 2) for i in range(1, 11)]))
write('secret', '05-random-small', *dag(15, 3, 3, 4))
write('secret', '06-random', *dag(60, 4, 4, 5))
write('secret', '07-wide', *dag(300, 3, 8, 9))
write('secret', '08-large', *dag(400, 5, 4, 3))
