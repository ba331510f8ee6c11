#!/usr/bin/env python3
"""Seeded test generator for migration-order."""
import heapq, json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(11)


def solve(names, deps):
    indeg = {n: 0 for n in names}
    after = {n: [] for n in names}
    for a, b in deps:
        after[b].append(a); indeg[a] += 1
    heap = [n for n in names if indeg[n] == 0]
    heapq.heapify(heap)
    out = []
    while heap:
        n = heapq.heappop(heap); out.append(n)
        for m in after[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                heapq.heappush(heap, m)
    return out if len(out) == len(names) else []


def write(folder, name, names, deps):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(names, separators=(',', ':')) + '\n' + json.dumps(deps, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(names, deps), separators=(',', ':')) + '\n')


def rand_names(n):
    words = ['init', 'users', 'orders', 'idx', 'email', 'drop', 'fk', 'Audit', 'billing', 'tmp', 'v2']
    s = set()
    while len(s) < n:
        s.add('%04d_%s' % (rng.randint(0, 9999), rng.choice(words)) if rng.random() < 0.8 else rng.choice(words) + str(rng.randint(0, 99999)))
    s = list(s)
    rng.shuffle(s)
    return s


def rand_dag(n, m, cycle=False):
    names = rand_names(n)
    rank = names[:]
    rng.shuffle(rank)  # a hidden topological order
    pos = {x: i for i, x in enumerate(rank)}
    deps = []
    for _ in range(m):
        i, j = rng.sample(range(n), 2) if n > 1 else (0, 0)
        if i == j:
            continue
        a, b = (rank[i], rank[j]) if i > j else (rank[j], rank[i])
        deps.append([a, b])
    if cycle and n > 1:
        i, j = sorted(rng.sample(range(n), 2))
        deps.append([rank[i], rank[j]])  # points backwards: closes a cycle if j reaches i
        for k in range(i, j):
            deps.append([rank[k + 1], rank[k]])
    rng.shuffle(deps)
    return names, deps


write('sample', '01', ["0003_add_email", "0001_init", "0002_users", "0002_orders"],
      [["0002_users", "0001_init"], ["0002_orders", "0001_init"], ["0003_add_email", "0002_users"]])
write('sample', '02', ["billing", "auth", "ledger"], [["billing", "ledger"], ["ledger", "billing"]])

write('secret', '01-single', ['only'], [])
write('secret', '02-no-deps-sorted', ['b', 'a', 'C', '_x', '10', '9'], [])
write('secret', '03-self-dependency', ['a', 'b'], [['b', 'b']])
write('secret', '04-chain-against-alphabet', ['a', 'b', 'c', 'd'], [['a', 'b'], ['b', 'c'], ['c', 'd']])
write('secret', '05-duplicate-edges', ['x', 'y', 'z'], [['y', 'x'], ['y', 'x'], ['z', 'x'], ['y', 'x']])
write('secret', '06-greedy-not-by-level', ['a', 'b', 'c', 'z'], [['a', 'z'], ['b', 'c']])
write('secret', '07-cycle-in-part', ['a', 'b', 'c', 'd', 'e'], [['b', 'a'], ['d', 'c'], ['e', 'd'], ['c', 'e']])
write('secret', '08-diamond', ['top', 'left', 'right', 'bottom'], [['left', 'top'], ['right', 'top'], ['bottom', 'left'], ['bottom', 'right']])
for i in range(9, 13):
    write('secret', '%02d-random-small' % i, *rand_dag(rng.randint(2, 10), rng.randint(0, 15), cycle=(i == 12)))
write('secret', '13-random-medium', *rand_dag(800, 1500))
write('secret', '14-random-medium-cycle', *rand_dag(800, 1500, cycle=True))
write('secret', '15-large-sparse', *rand_dag(15000, 20000))
write('secret', '16-large-no-deps', rand_names(12000), [])
write('secret', '17-large-long-cycle', *rand_dag(6000, 6000, cycle=True))
