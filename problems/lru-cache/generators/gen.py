#!/usr/bin/env python3
"""Seeded test generator for lru-cache. Writes data/sample and data/secret with a reference model."""
import json, os, random
from collections import OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261123)


def solve(ops, args):
    out, cache, cap = [], OrderedDict(), 0
    for op, a in zip(ops, args):
        if op == 'LRUCache':
            cap = a[0]; out.append(None)
        elif op == 'get':
            if a[0] in cache:
                cache.move_to_end(a[0]); out.append(cache[a[0]])
            else:
                out.append(-1)
        else:
            k, v = a
            if k in cache:
                cache.move_to_end(k)
            elif len(cache) >= cap:
                cache.popitem(last=False)
            cache[k] = v; out.append(None)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args), separators=(',', ':')) + '\n')


def rand_case(cap, n, key_max, get_ratio, val_max=10**9):
    ops, args = ['LRUCache'], [[cap]]
    for _ in range(n):
        k = rng.randint(0, key_max)
        if rng.random() < get_ratio:
            ops.append('get'); args.append([k])
        else:
            ops.append('put'); args.append([k, rng.randint(0, val_max)])
    return ops, args


write('sample', '01', ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
      [[2], [1, 10], [2, 20], [1], [3, 30], [2], [4, 40], [1], [3], [4]])
write('sample', '02', ["LRUCache", "put", "put", "put", "get", "put", "get", "get"],
      [[1], [7, 1], [7, 2], [8, 3], [7], [8, 4], [8], [7]])

# Edge cases.
write('secret', '01-only-gets', ['LRUCache', 'get', 'get'], [[3], [0], [100000]])
write('secret', '02-capacity-one', *rand_case(1, 40, 3, 0.5, 9))
# A read must refresh recency: 1 is read, so 2 is evicted, not 1.
write('secret', '03-get-refreshes', ['LRUCache', 'put', 'put', 'get', 'put', 'get', 'get', 'get'],
      [[2], [1, 1], [2, 2], [1], [3, 3], [1], [2], [3]])
# Overwriting a present key in a full cache must not evict anything.
write('secret', '04-update-no-evict', ['LRUCache', 'put', 'put', 'put', 'get', 'get', 'put', 'get', 'get'],
      [[2], [1, 1], [2, 2], [1, 5], [1], [2], [3, 3], [1], [2]])
# Overwriting refreshes recency too.
write('secret', '05-update-refreshes', ['LRUCache', 'put', 'put', 'put', 'put', 'get', 'get', 'get'],
      [[2], [1, 1], [2, 2], [1, 9], [3, 3], [1], [2], [3]])
write('secret', '06-zero-key-and-value', ['LRUCache', 'put', 'get', 'put', 'get', 'get'],
      [[1], [0, 0], [0], [100000, 1000000000], [0], [100000]])
write('secret', '07-large-capacity-no-evict', *rand_case(50000, 300, 200, 0.5))
for i in range(8, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 6), rng.randint(20, 120), rng.randint(3, 15), 0.45, 100))
write('secret', '14-random-medium', *rand_case(50, 3000, 120, 0.5, 1000))
write('secret', '15-heavy-churn', *rand_case(1000, 40000, 3000, 0.5, 10**6))
# Big cache with constant evictions: O(capacity) eviction scans time out here.
write('secret', '16-large-evictions', *rand_case(20000, 45000, 100000, 0.1, 10**4))
write('secret', '17-mostly-hits', *rand_case(5000, 40000, 5500, 0.8, 10**6))
