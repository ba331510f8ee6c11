#!/usr/bin/env python3
"""Seeded data generator for sql-refunds-net-revenue: writes data/{sample,secret}/*.in as INSERT scripts.

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
rng = random.Random(2311)
P_COLS = ['id', 'name']
L_COLS = ['id', 'order_id', 'product_id', 'quantity', 'unit_price']
R_COLS = ['id', 'line_id', 'amount']
WORDS = ['mug', 'lamp', 'desk', 'chair', 'cable', 'pen', 'notebook', 'sticker', 'hoodie', 'cap',
         'bottle', 'charger', 'mouse', 'stand', 'bag', 'poster']


def case(n_products, n_lines, refund_rate, max_refunds=3, max_qty=4, unsold=0):
    """Random catalogue: refunds of a line never total more than the line (quantity * price)."""
    products = [(i + 1, '%s %d' % (WORDS[i % len(WORDS)], i // len(WORDS) + 1) if n_products > len(WORDS) else WORDS[i])
                for i in range(n_products)]
    sold = [p[0] for p in products][: n_products - unsold]
    lines, refunds = [], []
    for i in range(n_lines):
        qty = rng.randint(1, max_qty)
        price = rng.choice([199, 250, 999, 1000, 1250, 4999, 333, 12000])
        lines.append((i + 1, rng.randint(1, max(1, n_lines // 2)), rng.choice(sold), qty, money(price)))
        if rng.random() < refund_rate:
            left = qty * price
            for _ in range(rng.randint(1, max_refunds)):
                if left <= 0:
                    break
                amount = rng.choice([left, price, left // 2, rng.randint(1, left)])
                amount = max(1, min(amount, left))
                left -= amount
                refunds.append((len(refunds) + 1, i + 1, money(amount)))
    return ('products', P_COLS, products), ('order_lines', L_COLS, lines), ('refunds', R_COLS, refunds)


SAMPLE_P = [(1, 'mug'), (2, 'lamp'), (3, 'poster'), (4, 'desk')]
SAMPLE_L = [(1, 100, 1, 2, money(1000)), (2, 100, 2, 1, money(4500)), (3, 101, 1, 1, money(1000)), (4, 102, 3, 3, money(500))]
SAMPLE_R = [(1, 1, money(500)), (2, 1, money(500)), (3, 2, money(4500))]
write('sample', '01', ('products', P_COLS, SAMPLE_P), ('order_lines', L_COLS, SAMPLE_L), ('refunds', R_COLS, SAMPLE_R))
write('sample', '02', ('products', P_COLS, [(1, 'cap'), (2, 'bag')]), ('order_lines', L_COLS, []), ('refunds', R_COLS, []))
write('secret', '01-empty', ('products', P_COLS, []), ('order_lines', L_COLS, []), ('refunds', R_COLS, []))
write('secret', '02-no-refunds', *case(6, 20, 0.0))
write('secret', '03-everything-refunded', ('products', P_COLS, [(1, 'pen'), (2, 'cable')]),
      ('order_lines', L_COLS, [(1, 1, 1, 2, money(199)), (2, 2, 2, 1, money(1250)), (3, 2, 1, 1, money(199))]),
      ('refunds', R_COLS, [(1, 1, money(199)), (2, 1, money(199)), (3, 2, money(1250)), (4, 3, money(100)), (5, 3, money(99))]))
write('secret', '04-many-refunds-one-line', ('products', P_COLS, [(1, 'desk'), (2, 'chair')]),
      ('order_lines', L_COLS, [(1, 1, 1, 1, money(12000)), (2, 2, 2, 1, money(5000))]),
      ('refunds', R_COLS, [(i, 1, money(1000)) for i in range(1, 6)]))
write('secret', '05-net-ties', ('products', P_COLS, [(3, 'c'), (1, 'a'), (2, 'b'), (4, 'd')]),
      ('order_lines', L_COLS, [(1, 1, 1, 1, money(2000)), (2, 1, 2, 2, money(1500)), (3, 2, 3, 1, money(1000)), (4, 3, 4, 2, money(500))]),
      ('refunds', R_COLS, [(1, 2, money(1000)), (2, 2, money(0)), (3, 3, money(0))]))
write('secret', '06-unsold-products', *case(8, 15, 0.4, unsold=3))
write('secret', '07-cent-amounts', ('products', P_COLS, [(1, 'sticker'), (2, 'stand')]),
      ('order_lines', L_COLS, [(i, i, 1 + i % 2, 3, money(333)) for i in range(1, 11)]),
      ('refunds', R_COLS, [(i, i, money(1)) for i in range(1, 11)] + [(11, 1, money(998))]))
write('secret', '08-random', *case(12, 120, 0.3))
write('secret', '09-large', *case(60, 1800, 0.3))
