#!/usr/bin/env python3
"""Writes this problem's data/secret/*.in (seeded, deterministic).

Regenerate the answers afterwards with: python3 scripts/sql/answers.py problems/<slug>
"""

import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "data" / "secret"
rng = random.Random(23598)


class Num(str):
    """A number written exactly as given (e.g. Num("19.90")), unquoted."""


def money(cents):
    sign, c = ("-" if cents < 0 else ""), abs(cents)
    return Num(f"{sign}{c // 100}.{c % 100:02d}")


def lit(v):
    if v is None or isinstance(v, Num):
        return "NULL" if v is None else str(v)
    if isinstance(v, str):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def insert(table, cols, rows):
    if not rows:
        return ""
    values = ",\n".join("  (" + ", ".join(lit(v) for v in r) + ")" for r in rows)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES\n{values};\n"


def write(name, *inserts):
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.in").write_text("".join(inserts))


import datetime

START = datetime.date(2024, 1, 1)


def day(offset):
    return (START + datetime.timedelta(days=offset)).isoformat()


def case(n_products, n_changes, n_orders, n_items, span):
    products = insert("products", ["id", "name"], [(p, f"Product {p}") for p in range(1, n_products + 1)])
    changes = []
    for p in range(1, n_products + 1):
        offsets = {0} | set(rng.sample(range(1, span), min(n_changes - 1, span - 1)))
        changes += [(p, day(d), money(rng.randint(50, 20000))) for d in sorted(offsets)]
    orders = [(o, rng.randint(1, 50), day(rng.randint(0, span))) for o in range(1, n_orders + 1)]
    items = [(k + 1, rng.randint(1, n_orders), rng.randint(1, n_products), rng.randint(1, 5)) for k in range(n_items)]
    return (products, insert("price_changes", ["product_id", "effective_from", "price"], changes),
            insert("orders", ["id", "customer_id", "ordered_on"], orders),
            insert("order_items", ["id", "order_id", "product_id", "quantity"], items))


def fixed(changes, orders, items):
    ids = sorted({p for p, _, _ in changes})
    return (insert("products", ["id", "name"], [(p, f"Product {p}") for p in ids]),
            insert("price_changes", ["product_id", "effective_from", "price"], changes),
            insert("orders", ["id", "customer_id", "ordered_on"], orders),
            insert("order_items", ["id", "order_id", "product_id", "quantity"], items))


write("01-empty")
write("02-orders-without-items", *fixed([(1, day(0), money(100))], [(1, 1, day(3)), (2, 1, day(4))], []))
write("03-order-on-change-day", *fixed([(1, day(0), money(100)), (1, day(10), money(300))],
                                       [(1, 1, day(9)), (2, 1, day(10)), (3, 1, day(11))],
                                       [(1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 1)]))
write("04-future-price-ignored", *fixed([(1, day(0), money(100)), (1, day(100), money(999))],
                                        [(1, 1, day(50))], [(1, 1, 1, 7)]))
write("05-same-product-twice-in-order", *fixed([(1, day(0), money(250)), (2, day(0), money(75))],
                                                [(1, 1, day(1))], [(1, 1, 1, 1), (2, 1, 1, 2), (3, 1, 2, 4)]))
write("06-price-goes-down", *fixed([(1, day(0), money(1000)), (1, day(5), money(10)), (1, day(6), money(500))],
                                   [(1, 1, day(5)), (2, 1, day(6)), (3, 1, day(4))],
                                   [(1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 1)]))
for n, args in enumerate([(3, 3, 8, 15, 30), (20, 6, 100, 400, 90), (100, 10, 800, 3000, 180)], start=7):
    write(f"{n:02d}-random", *case(*args))
