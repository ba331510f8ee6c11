#!/usr/bin/env python3
"""Seeded test generator for deadlock-detect."""
import json, os, random
from collections import defaultdict, deque

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20)


def solve(edges):
    out, indeg, nodes = defaultdict(list), defaultdict(int), set()
    for a, b in edges:
        out[a].append(b); indeg[b] += 1; nodes.update((a, b))
    q = deque(n for n in nodes if indeg[n] == 0)
    seen = 0
    while q:
        n = q.popleft(); seen += 1
        for m in out[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                q.append(m)
    return seen < len(nodes)


def write(folder, name, edges):
    d = os.path.join(HERE, '..', 'data', folder)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(edges, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(edges)) + '\n')


def dag(n, m):
    names = ['tx%d' % i for i in range(n)]
    rng.shuffle(names)
    edges = []
    for _ in range(m):
        i, j = sorted(rng.sample(range(n), 2))
        edges.append([names[i], names[j]])
    return names, edges


def with_cycle(names, edges, length):
    idx = rng.sample(range(len(names)), length)
    for k in range(length):
        edges.append([names[idx[k]], names[idx[(k + 1) % length]]])
    rng.shuffle(edges)
    return edges


write('sample', '01', [["tx1", "tx2"], ["tx2", "tx3"], ["tx3", "tx1"], ["tx4", "tx1"]])
write('sample', '02', [["a", "b"], ["a", "c"], ["b", "c"], ["d", "c"]])

write('secret', '01-empty', [])
write('secret', '02-self-wait', [['a', 'a']])
write('secret', '03-single-edge', [['a', 'b']])
write('secret', '04-two-cycle', [['a', 'b'], ['b', 'a']])
write('secret', '05-duplicate-edges-no-cycle', [['a', 'b'], ['a', 'b'], ['b', 'c'], ['a', 'c']])
write('secret', '06-diamond', [['a', 'b'], ['a', 'c'], ['b', 'd'], ['c', 'd']])
write('secret', '07-cycle-in-second-component', [['x', 'y'], ['p', 'q'], ['q', 'r'], ['r', 'p']])
write('secret', '08-self-wait-deep-in-dag', [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'd']])
for i in range(9, 14):
    names, edges = dag(rng.randint(3, 12), rng.randint(2, 20))
    if i % 2:
        edges = with_cycle(names, edges, rng.randint(2, 4))
    write('secret', '%02d-random-small' % i, edges)
names, edges = dag(12000, 24000)
write('secret', '14-large-dag', edges)
names, edges = dag(12000, 24000)
write('secret', '15-large-dag-with-long-cycle', with_cycle(names, edges, 5000))
chain = ['t%d' % i for i in range(40000)]
write('secret', '16-long-chain-no-cycle', [[chain[i], chain[i + 1]] for i in range(39999)])
write('secret', '17-long-chain-closing', [[chain[i], chain[i + 1]] for i in range(39998)] + [[chain[39998], chain[0]]])
