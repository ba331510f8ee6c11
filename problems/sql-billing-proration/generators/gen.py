#!/usr/bin/env python3
"""Seeded data generator for sql-billing-proration: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import datetime
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
rng = random.Random(3103)
P_COLS = ['id', 'name', 'monthly_price']
C_COLS = ['id', 'account_id', 'plan_id', 'effective_on']
PLANS = [(1, 'free', money(0)), (2, 'starter', money(900)), (3, 'team', money(3100)),
         (4, 'business', money(9999)), (5, 'odd', money(1234))]


def plans(rows=PLANS):
    return ('plans', P_COLS, rows)


def changes(rows, shuffle=True):
    """rows: (account_id, plan_id or None, 'YYYY-MM-DD'); ids given in a shuffled order."""
    rows = list(rows)
    if shuffle:
        rng.shuffle(rows)
    return ('plan_changes', C_COLS, [(i + 1, a, p, day) for i, (a, p, day) in enumerate(rows)])


def random_case(n_accounts, max_changes, cancel_rate):
    first = datetime.date(2023, 12, 1)
    rows = []
    for account in range(1, n_accounts + 1):
        days = sorted(rng.sample(range(0, 170), rng.randint(1, max_changes)))
        for k, offset in enumerate(days):
            plan = None if (k > 0 and rng.random() < cancel_rate) else rng.randint(1, len(PLANS))
            rows.append((account * 7 % 10007, plan, str(first + datetime.timedelta(days=offset))))
    return plans(), changes(rows)


write('sample', '01', plans([(1, 'starter', money(3100)), (2, 'pro', money(6200))]),
      changes([(10, 1, '2024-01-15'), (10, 2, '2024-03-11'), (20, 2, '2024-03-21'),
               (30, 1, '2024-02-01'), (30, None, '2024-03-02'), (40, 1, '2024-04-01')], shuffle=False))
write('sample', '02', plans([(1, 'basic', money(1000))]),
      changes([(5, 1, '2024-03-01'), (6, 1, '2024-02-29'), (7, 1, '2024-03-31')], shuffle=False))
write('secret', '01-empty', plans(), changes([]))
write('secret', '02-whole-month', plans(), changes([(1, 2, '2024-01-01'), (2, 3, '2024-03-01'), (3, 4, '2023-06-30'), (4, 5, '2024-02-29')]))
write('secret', '03-cancelled-before-march', plans(), changes([(1, 2, '2024-01-01'), (1, None, '2024-02-15'), (2, 3, '2024-03-01')]))
write('secret', '04-starts-after-march', plans(), changes([(1, 3, '2024-04-01'), (2, 4, '2024-05-20'), (3, 2, '2024-03-31')]))
write('secret', '05-cancel-and-resubscribe', plans(), changes([
    (1, 3, '2024-02-10'), (1, None, '2024-03-05'), (1, 4, '2024-03-20'), (1, None, '2024-03-25'),
    (2, 2, '2024-03-10'), (2, None, '2024-03-11'), (3, 5, '2024-03-31'), (3, None, '2024-04-01')]))
write('secret', '06-free-plan', plans(), changes([(1, 1, '2024-01-01'), (2, 1, '2024-03-01'), (2, 2, '2024-03-16'), (3, 1, '2024-02-01'), (3, None, '2024-03-10')]))
write('secret', '07-many-changes', plans(), changes([(9, 1 + k % 5, '2024-03-%02d' % (k + 1)) for k in range(31)] + [(8, 1 + k % 4, '2024-03-%02d' % (2 * k + 1)) for k in range(16)]))
write('secret', '08-cent-rounding', plans([(1, 'a', money(1)), (2, 'b', money(2)), (3, 'c', money(1000)), (4, 'd', money(99999))]),
      changes([(1, 1, '2024-03-01'), (2, 2, '2024-03-16'), (3, 3, '2024-03-08'), (3, 4, '2024-03-09'), (3, 3, '2024-03-10'), (4, 4, '2024-03-30')]))
write('secret', '09-random', *random_case(40, 5, 0.25))
write('secret', '10-large', *random_case(900, 5, 0.2))
