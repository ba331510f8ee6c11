#!/usr/bin/env python3
"""Seeded data generator for sql-invoice-number-gaps: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))


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
rng = random.Random(1607)
COLS = ['id', 'number', 'customer_id']


def invoices(numbers, shuffle=True):
    numbers = list(numbers)
    if shuffle:
        rng.shuffle(numbers)
    return ('invoices', COLS, [(i + 1, n, rng.randint(1, 40)) for i, n in enumerate(numbers)])


def random_numbers(top, keep):
    return [n for n in range(1, top + 1) if rng.random() < keep]


write('sample', '01', ('invoices', COLS, [(1, 1, 7), (2, 2, 3), (3, 5, 7), (4, 6, 9), (5, 10, 3)]))
write('sample', '02', ('invoices', COLS, [(1, 4, 1), (2, 3, 2)]))
write('secret', '01-empty', ('invoices', COLS, []))
write('secret', '02-no-gaps', invoices(range(1, 21)))
write('secret', '03-single-invoice-one', invoices([1]))
write('secret', '04-single-invoice-late', invoices([9]))
write('secret', '05-single-missing-numbers', invoices([1, 3, 5, 7, 9, 11]))
write('secret', '06-leading-gap-only', invoices(range(50, 61)))
write('secret', '07-inserted-out-of-order', invoices([30, 2, 17, 1, 18, 19, 29, 3]))
write('secret', '08-wide-gap', invoices([1, 2, 100000, 100001, 2000000]))
write('secret', '09-random', invoices(random_numbers(120, 0.7)))
write('secret', '10-large', invoices(random_numbers(3800, 0.75)))
