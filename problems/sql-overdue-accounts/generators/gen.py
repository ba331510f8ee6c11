#!/usr/bin/env python3
"""Seeded data generator for sql-overdue-accounts: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(112)


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

IC = ['id', 'account_id', 'amount', 'due_on']
PC = ['id', 'invoice_id', 'amount', 'paid_on']
CLOSE = datetime.date(2024, 6, 30)


def day(offset):
    return (CLOSE + datetime.timedelta(days=offset)).isoformat()


def billing(n, accounts):
    inv, pay = [], []
    for i in range(1, n + 1):
        cents = rng.randint(500, 200000)
        inv.append((i, rng.randint(1, accounts), money(cents), day(rng.randint(-120, 20))))
        r = rng.random()
        if r < 0.3:
            continue
        parts = [cents] if r < 0.6 else [rng.randint(1, cents) for _ in range(rng.randint(1, 3))]
        for part in parts:
            pay.append((len(pay) + 1, i, money(part), day(rng.randint(-100, 15))))
    return ('invoices', IC, inv), ('payments', PC, pay)


write('sample', '01', ('invoices', IC, [(1, 5, money(10000), '2024-06-01'), (2, 5, money(4000), '2024-06-30'),
                                       (3, 6, money(8000), '2024-05-31'), (4, 7, money(1000), '2024-06-10')]),
      ('payments', PC, [(1, 1, money(3000), '2024-06-05'), (2, 3, money(8000), '2024-07-02'), (3, 4, money(1000), '2024-06-29')]))
write('sample', '02', ('invoices', IC, [(1, 1, money(500), '2024-06-29'), (2, 1, money(500), '2023-12-31')]), ('payments', PC, []))
write('secret', '01-empty', ('invoices', IC, []), ('payments', PC, []))
write('secret', '02-paid-on-close-day', ('invoices', IC, [(1, 3, money(100), '2024-06-01')]),
      ('payments', PC, [(1, 1, money(60), '2024-06-30'), (2, 1, money(40), '2024-06-30')]))
write('secret', '03-overpaid', ('invoices', IC, [(1, 3, money(100), '2024-06-01'), (2, 4, money(100), '2024-06-01')]),
      ('payments', PC, [(1, 1, money(150), '2024-06-02'), (2, 2, money(99), '2024-06-02')]))
write('secret', '04-ties-on-outstanding', ('invoices', IC, [(1, 9, money(500), '2024-06-01'), (2, 2, money(500), '2024-05-01'),
                                                          (3, 5, money(200), '2024-04-01'), (4, 5, money(300), '2024-06-20')]), ('payments', PC, []))
write('secret', '05-random-small', *billing(40, 8))
write('secret', '06-random', *billing(500, 60))
write('secret', '07-random-many-accounts', *billing(3000, 2000))
write('secret', '08-large', *billing(6000, 1500))
