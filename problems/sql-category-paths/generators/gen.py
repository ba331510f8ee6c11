#!/usr/bin/env python3
"""Seeded data generator for sql-category-paths: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(108)


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
COLS = ['id', 'name', 'parent_id']
WORDS = ['Home', 'Kitchen', 'Garden', 'Tools', 'Books', 'Music', 'Toys', 'Sports', 'Outdoor', 'Office', 'Audio', 'Video',
         'Bikes', 'Camping', 'Pets', 'Baby', 'Beauty', 'Crafts', 'Games', 'Lighting', "Kids' Room", 'Hi-Fi', 'Tea & Coffee']


def tree(n, roots, deep_bias):
    ids = rng.sample(range(1, n * 4), n)
    rows = []
    for i, cid in enumerate(ids):
        if i < roots:
            parent = None
        elif rng.random() < deep_bias:
            parent = ids[i - 1]
        else:
            parent = ids[rng.randint(0, i - 1)]
        rows.append((cid, rng.choice(WORDS), parent))
    return rows


write('sample', '01', ('categories', COLS, [(1, 'Home', None), (2, 'Kitchen', 1), (3, 'Knives', 2), (4, 'Garden', 1),
                                           (5, 'Gift cards', None), (6, 'Pans', 2)]))
write('sample', '02', ('categories', COLS, [(1, 'Books', None), (2, 'Comics', 1)]))
write('secret', '01-empty', ('categories', COLS, []))
write('secret', '02-single-root', ('categories', COLS, [(42, 'Everything', None)]))
write('secret', '03-parent-with-larger-id', ('categories', COLS, [(9, 'Top', None), (3, 'Mid', 9), (1, 'Leaf', 3), (2, 'Other leaf', 9)]))
write('secret', '04-same-names', ('categories', COLS, [(1, 'Sale', None), (2, 'Sale', 1), (3, 'Sale', 2), (4, 'Sale', None)]))
write('secret', '05-chain', ('categories', COLS, [(1, 'L1', None)] + [(i, 'L%d' % i, i - 1) for i in range(2, 31)]))
write('secret', '06-random', ('categories', COLS, tree(150, 3, 0.3)))
write('secret', '07-bushy', ('categories', COLS, tree(2000, 10, 0.05)))
write('secret', '08-large', ('categories', COLS, tree(8000, 5, 0.2)))
