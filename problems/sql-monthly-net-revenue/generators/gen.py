#!/usr/bin/env python3
"""Seeded data generator for sql-monthly-net-revenue: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(109)


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
import datetime

OC = ['id', 'customer_id', 'amount', 'ordered_on']
RC = ['id', 'order_id', 'amount', 'refunded_on']


def day(n):
    return (datetime.date(2023, 11, 1) + datetime.timedelta(days=n)).isoformat()


def shop(n, refund_p, days):
    orders, refunds = [], []
    for i in range(1, n + 1):
        cents = rng.randint(100, 50000)
        d = rng.randint(0, days)
        orders.append((i, rng.randint(1, 50), money(cents), day(d)))
        left = cents
        while left > 0 and rng.random() < refund_p:
            part = rng.randint(1, left)
            left -= part
            refunds.append((len(refunds) + 1, i, money(part), day(d + rng.randint(0, 90))))
    rng.shuffle(refunds)
    return ('orders', OC, orders), ('refunds', RC, refunds)


write('sample', '01', ('orders', OC, [(1, 7, money(10000), '2024-01-15'), (2, 8, money(5000), '2024-01-20'), (3, 7, money(3000), '2024-02-01')]),
      ('refunds', RC, [(1, 1, money(2000), '2024-01-20'), (2, 1, money(1000), '2024-03-02')]))
write('sample', '02', ('orders', OC, [(1, 1, money(999), '2024-12-31'), (2, 1, money(1), '2025-01-01')]),
      ('refunds', RC, [(1, 2, money(1), '2025-01-01')]))
write('secret', '01-empty', ('orders', OC, []), ('refunds', RC, []))
write('secret', '02-no-refunds', *shop(20, 0, 100))
write('secret', '03-fully-refunded', ('orders', OC, [(1, 1, money(500), '2024-03-31'), (2, 2, money(700), '2024-03-01')]),
      ('refunds', RC, [(1, 1, money(250), '2024-04-01'), (2, 1, money(250), '2024-05-01'), (3, 2, money(700), '2024-03-01')]))
write('secret', '04-many-partial-refunds', *shop(30, 0.8, 60))
write('secret', '05-year-boundary', *shop(40, 0.3, 70))
write('secret', '06-random', *shop(300, 0.3, 400))
write('secret', '07-one-order-many-refunds', ('orders', OC, [(1, 5, money(100000), '2024-06-15')]),
      ('refunds', RC, [(i, 1, money(1000), day(250 + i)) for i in range(1, 40)]))
write('secret', '08-large', *shop(15000, 0.25, 700))
