#!/usr/bin/env python3
"""Seeded generator for course-order: DAGs and DAGs with one hidden cycle; reference by Kahn's algorithm."""
import json, os, random
from collections import deque

random.seed(7070)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(n, pre):
    adj = [[] for _ in range(n)]
    indeg = [0] * n
    for a, b in pre:
        adj[b].append(a)
        indeg[a] += 1
    q = deque(i for i in range(n) if indeg[i] == 0)
    done = 0
    while q:
        x = q.popleft()
        done += 1
        for y in adj[x]:
            indeg[y] -= 1
            if indeg[y] == 0:
                q.append(y)
    return done == n


def write(group, name, n, pre):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(n) + '\n' + json.dumps(pre, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(n, pre)) + '\n')


def dag(n, m):
    order = list(range(n))
    random.shuffle(order)
    pre = []
    for _ in range(m):
        i, j = sorted(random.sample(range(n), 2))
        pre.append([order[j], order[i]])        # order[i] must come before order[j]
    return order, pre


def chain(n, reverse_last=False):
    perm = list(range(n))
    random.shuffle(perm)
    pre = [[perm[i + 1], perm[i]] for i in range(n - 1)]
    if reverse_last:
        pre.append([perm[0], perm[-1]])         # closes one long cycle
    random.shuffle(pre)
    return pre


write('sample', '01', 4, [[1, 0], [2, 1], [3, 1], [3, 2]])
write('sample', '02', 3, [[0, 1], [1, 2], [2, 0]])
fixed = [(1, []), (1, [[0, 0]]), (2, [[1, 0]]), (2, [[1, 0], [0, 1]]), (2, [[1, 0], [1, 0]]), (5, []),
         (3, [[1, 0], [2, 0]]), (4, [[1, 0], [2, 1], [3, 2], [1, 3]]), (6, [[1, 0], [2, 1], [4, 3], [5, 4], [3, 5]]),
         (3, [[2, 2], [1, 0]])]
k = 0
for n, pre in fixed:
    k += 1
    write('secret', f'{k:02d}', n, pre)
_, p1 = dag(1000, 3000)
order, p2 = dag(30000, 30000)
p3 = p2[:]
i, j = sorted(random.sample(range(30000), 2))
p3[random.randrange(len(p3))] = [order[i], order[j]]      # one back edge; may or may not close a cycle
for n, pre in [(1000, p1), (30000, p2), (30000, p3), (60000, chain(60000)), (40000, chain(40000, True)),
               (20000, chain(20000) + [[x, x] for x in [random.randrange(20000)]]), (100000, []),
               (100000, [[i + 1, i] for i in range(0, 99999, 7)])]:
    k += 1
    write('secret', f'{k:02d}', n, pre)
