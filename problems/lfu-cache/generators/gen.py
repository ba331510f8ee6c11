#!/usr/bin/env python3
"""Seeded test generator for lfu-cache. Writes data/sample and data/secret with a reference model."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(424242)


def solve(ops, args):
    # Simple, obviously-correct model: evict min (uses, last_use_tick).
    out, values, uses, last, tick, cap = [], {}, {}, {}, 0, 0
    for op, a in zip(ops, args):
        tick += 1
        if op == 'LFUCache':
            cap = a[0]; out.append(None)
        elif op == 'get':
            k = a[0]
            if k in values:
                uses[k] += 1; last[k] = tick; out.append(values[k])
            else:
                out.append(-1)
        else:
            k, v = a
            if k in values:
                uses[k] += 1
            else:
                if len(values) >= cap:
                    victim = min(values, key=lambda x: (uses[x], last[x]))
                    del values[victim], uses[victim], last[victim]
                uses[k] = 1
            values[k] = v; last[k] = tick; out.append(None)
    return out


def fast_solve(ops, args):
    # Same semantics with frequency buckets; used for the big tests and cross-checked on small ones.
    from collections import OrderedDict, defaultdict
    out, values, uses, buckets, minf, cap = [], {}, {}, defaultdict(OrderedDict), 0, 0

    def touch(k):
        nonlocal minf
        f = uses[k]
        del buckets[f][k]
        if not buckets[f]:
            del buckets[f]
            if minf == f:
                minf = f + 1
        uses[k] = f + 1
        buckets[f + 1][k] = None

    for op, a in zip(ops, args):
        if op == 'LFUCache':
            cap = a[0]; out.append(None)
        elif op == 'get':
            k = a[0]
            if k in values:
                touch(k); out.append(values[k])
            else:
                out.append(-1)
        else:
            k, v = a
            if k in values:
                touch(k)
            else:
                if len(values) >= cap:
                    victim, _ = buckets[minf].popitem(last=False)
                    if not buckets[minf]:
                        del buckets[minf]
                    del values[victim], uses[victim]
                uses[k] = 1; buckets[1][k] = None; minf = 1
            values[k] = v; out.append(None)
    return out


def write(folder, name, ops, args):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    fast = fast_solve(ops, args)
    if len(ops) <= 5000:
        assert fast == solve(ops, args), name
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops, separators=(',', ':')) + '\n' + json.dumps(args, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(fast, separators=(',', ':')) + '\n')


def rand_case(cap, n, key_max, get_ratio, val_max=10**9, hot=0):
    ops, args = ['LFUCache'], [[cap]]
    for _ in range(n):
        if hot and rng.random() < 0.5:
            k = rng.randint(0, hot)  # skewed traffic: a small hot set
        else:
            k = rng.randint(0, key_max)
        if rng.random() < get_ratio:
            ops.append('get'); args.append([k])
        else:
            ops.append('put'); args.append([k, rng.randint(0, val_max)])
    return ops, args


write('sample', '01', ["LFUCache", "put", "put", "get", "put", "get", "get", "put", "get", "get", "get"],
      [[2], [1, 100], [2, 200], [1], [3, 300], [2], [3], [4, 400], [1], [3], [4]])
write('sample', '02', ["LFUCache", "put", "put", "put", "put", "get", "get"],
      [[2], [5, 1], [6, 2], [5, 3], [7, 4], [5], [6]])

write('secret', '01-only-gets', ['LFUCache', 'get', 'get'], [[1], [0], [5]])
write('secret', '02-capacity-one', *rand_case(1, 60, 3, 0.5, 9))
# Tie on uses: the least recently used of the tied entries goes.
write('secret', '03-tie-by-recency', ['LFUCache', 'put', 'put', 'put', 'get', 'get', 'get', 'put', 'get', 'get', 'get', 'get'],
      [[3], [1, 1], [2, 2], [3, 3], [3], [2], [1], [4, 4], [1], [2], [3], [4]])
# A re-inserted key starts from one use again.
write('secret', '04-count-resets-after-evict', ['LFUCache', 'put', 'get', 'get', 'put', 'put', 'put', 'get', 'put', 'get', 'get'],
      [[2], [1, 1], [1], [1], [2, 2], [3, 3], [1, 9], [1], [4, 4], [1], [4]])
# Overwrite counts as a use and does not evict.
write('secret', '05-overwrite-is-use', ['LFUCache', 'put', 'put', 'put', 'put', 'put', 'get', 'get', 'get'],
      [[2], [1, 1], [2, 2], [2, 5], [2, 6], [3, 3], [1], [2], [3]])
# New entries (1 use) get evicted before older, busier ones; the newest gets evicted by the next insert.
write('secret', '06-new-entry-evicted-next', ['LFUCache', 'put', 'get', 'put', 'get', 'put', 'put', 'get', 'get', 'get', 'get'],
      [[2], [1, 1], [1], [2, 2], [2], [3, 3], [4, 4], [1], [2], [3], [4]])
write('secret', '07-large-capacity-no-evict', *rand_case(50000, 400, 100, 0.5))
for i in range(8, 14):
    write('secret', '%02d-random-small' % i, *rand_case(rng.randint(1, 6), rng.randint(30, 150), rng.randint(3, 15), 0.5, 100))
write('secret', '14-random-medium', *rand_case(40, 4000, 150, 0.5, 1000, hot=20))
write('secret', '15-heavy-churn', *rand_case(1000, 40000, 3000, 0.5, 10**6, hot=300))
# Big cache with constant evictions: an O(capacity) scan for the victim times out here.
write('secret', '16-large-evictions', *rand_case(20000, 45000, 100000, 0.1, 10**4))
write('secret', '17-skewed-hot-set', *rand_case(3000, 40000, 50000, 0.6, 10**6, hot=2000))
