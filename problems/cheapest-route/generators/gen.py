#!/usr/bin/env python3
"""Seeded generator for cheapest-route (stdio): random graphs, long chains and grids; reference Dijkstra."""
import heapq, os, random

random.seed(2718)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(n, s, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    dist[s] = 0
    heap = [(0, s)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if dist[v] < 0 or nd < dist[v]:
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist[1:]


def write(group, name, n, s, edges):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(f'{n} {len(edges)} {s}\n' + ''.join(f'{u} {v} {w}\n' for u, v, w in edges))
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(' '.join(map(str, solve(n, s, edges))) + '\n')


def rnd(n, m, wmax):
    return [(random.randint(1, n), random.randint(1, n), random.randint(1, wmax)) for _ in range(m)]


def chain(n, wmax, reverse=True):
    """1 -> 2 -> ... -> n, listed from the far end so edge-order relaxation needs n rounds."""
    e = [(i, i + 1, random.randint(1, wmax)) for i in range(1, n)]
    return e[::-1] if reverse else e


def trap(n):
    """Expensive direct links plus a cheap long path: punishes settling nodes too early."""
    e = [(1, i, 10**9) for i in range(2, n + 1)]
    e += [(i, i + 1, 1) for i in range(1, n)]
    random.shuffle(e)
    return e


write('sample', '01', 5, 1, [(1, 2, 7), (1, 3, 2), (3, 2, 3), (2, 4, 1), (3, 4, 9), (5, 1, 4)])
write('sample', '02', 3, 3, [(3, 1, 10**9), (1, 2, 10**9)])
fixed = [(1, 1, []), (1, 1, [(1, 1, 5)]), (2, 1, []), (2, 2, [(1, 2, 3)]), (2, 1, [(1, 2, 3), (1, 2, 1), (1, 2, 2)]),
         (4, 1, [(1, 2, 1), (2, 1, 1), (3, 4, 1)]), (3, 1, [(1, 3, 10), (1, 2, 1), (2, 3, 1), (3, 3, 1)])]
k = 0
for n, s, e in fixed:
    k += 1
    write('secret', f'{k:02d}', n, s, e)
cases = [
    (100, 1, rnd(100, 300, 100)),
    (1000, 17, rnd(1000, 5000, 10**9)),
    (5000, 1, chain(5000, 10**9)),                   # distances near 5 * 10^12
    (200000, 1, []),                                 # many unreachable depots, long output
    (10000, 1, trap(10000)),
    (10000, 123, rnd(10000, 15000, 10**9)),
    (100000, 1, chain(100000, 9)),                   # kills edge-order Bellman-Ford and O(n^2) scans
    (30000, 30000, rnd(30000, 40000, 1000)),
    (1000, 1, [(u, v, random.randint(1, 10)) for u in range(1, 1001) for v in random.sample(range(1, 1001), 20)]),
]
for n, s, e in cases:
    k += 1
    write('secret', f'{k:02d}', n, s, e)
