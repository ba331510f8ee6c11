#!/usr/bin/env python3
"""Seeded data generator for sql-running-balance: writes data/{sample,secret}/*.in as INSERT scripts.

The .ans files are computed from the reference query (submissions/accepted), not here.
Run: python3 generators/gen.py
"""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(101)


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
COLS = ['id', 'account_id', 'amount']


def entries(n, accounts, start=1):
    return [(start + i, rng.choice(accounts), money(rng.randint(-50000, 50000))) for i in range(n)]


write('sample', '01', ('ledger_entries', COLS, [(1, 10, money(10000)), (2, 20, money(5000)), (3, 10, money(-3000)),
                                                (4, 10, money(550)), (5, 20, money(-5000))]))
write('sample', '02', ('ledger_entries', COLS, [(7, 3, money(-1250)), (9, 3, money(1250)), (12, 1, money(99))]))
write('secret', '01-empty', ('ledger_entries', COLS, []))
write('secret', '02-one-entry', ('ledger_entries', COLS, [(42, 1, money(-1))]))
write('secret', '03-one-account', ('ledger_entries', COLS, entries(30, [5])))
write('secret', '04-interleaved', ('ledger_entries', COLS, entries(60, [1, 2, 3])))
write('secret', '05-sparse-ids', ('ledger_entries', COLS,
                                  [(i * 1000 + rng.randint(0, 9), rng.choice([8, 9]), money(rng.randint(-999, 999))) for i in range(1, 40)]))
write('secret', '06-back-to-zero', ('ledger_entries', COLS,
                                    [(1, 4, money(2500)), (2, 4, money(-2500)), (3, 4, money(0)), (4, 5, money(1)), (5, 4, money(-1))]))
write('secret', '07-many-accounts', ('ledger_entries', COLS, entries(2000, list(range(1, 120)))))
write('secret', '08-large', ('ledger_entries', COLS, entries(8000, list(range(1, 400)))))
