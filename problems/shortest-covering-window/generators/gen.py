#!/usr/bin/env python3
"""Seeded generator for shortest-covering-window: edge cases, ties, duplicates in `required`,
and n = 10^5 cases that punish checking every start. Answers come from the reference sliding window."""
import json, os, random
from collections import Counter

random.seed(20240617)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789-'


def solve(events, required):
    need = Counter(required)
    missing = len(required)
    best = (-1, -1)
    best_len = len(events) + 1
    i = 0
    for j, e in enumerate(events):
        if need.get(e, 0) > 0:
            missing -= 1
        if e in need:
            need[e] -= 1
        while missing == 0:
            if j - i + 1 < best_len:
                best_len, best = j - i + 1, (i, j)
            s = events[i]
            if s in need:
                need[s] += 1
                if need[s] > 0:
                    missing += 1
            i += 1
    return list(best)


def write(group, name, events, required):
    assert 1 <= len(events) <= 10**5 and 1 <= len(required) <= 10**5
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(events, separators=(',', ':')) + '\n' + json.dumps(required, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(events, required), separators=(',', ':')) + '\n')


def name(lo=1, hi=10):
    return ''.join(random.choice(ALPHABET) for _ in range(random.randint(lo, hi)))


def pool(k, lo=1, hi=10):
    seen = set()
    while len(seen) < k:
        seen.add(name(lo, hi))
    return sorted(seen)


write('sample', '01', ['gateway', 'auth', 'db', 'cache', 'auth', 'gateway', 'billing', 'db'], ['db', 'gateway'])
write('sample', '02', ['auth', 'db', 'auth', 'queue', 'db'], ['auth', 'auth', 'queue'])

fixed = [
    (['api'], ['api']),                                           # single event, covered
    (['api'], ['db']),                                            # single event, no window
    (['a', 'b'], ['a', 'b', 'a']),                                # required longer than events
    (['a', 'b', 'a'], ['a', 'a']),                                # duplicates need both copies
    (['auth', 'x', 'y', 'db'], ['db', 'auth']),                   # whole array is the answer
    (['a', 'b', 'a', 'b', 'a', 'b', 'a'], ['a', 'b']),            # many ties, first wins
    (['a', 'b', 'c', 'a', 'x', 'b', 'a'], ['a', 'a', 'b']),       # set-based answer would be shorter
    (['kv', 'kv', 'kv'], ['kv', 'kv', 'kv']),                     # exact multiplicity, whole array
    (['kv', 'kv', 'kv'], ['kv', 'kv', 'kv', 'kv']),               # one copy short
    (['a', 'a', 'a', 'b'], ['a', 'b']),                           # answer at the end
    (['svc-01', 'svc-02', 'x-9', 'svc-01', 'svc-02'], ['svc-02', 'svc-01']),
    (['zzzzzzzzzz', 'q', '0', '-', 'zzzzzzzzzz', '-'], ['-', 'zzzzzzzzzz', '-']),
    (['c', 'b', 'a', 'x', 'a', 'b', 'c'], ['a', 'b', 'c']),       # two ties at both ends
    (['db', 'db', 'api'], ['api', 'db', 'db']),
    (['x', 'y', 'z'], ['w']),                                     # name never seen
]
k = 0
for ev, rq in fixed:
    k += 1
    write('secret', f'{k:02d}', ev, rq)

# random small and medium cases
for n, alpha, r in [(50, 4, 3), (200, 8, 6), (2000, 30, 40), (5000, 5, 200)]:
    names = pool(alpha, 1, 4)
    ev = [random.choice(names) for _ in range(n)]
    rq = [random.choice(names) for _ in range(r)]
    k += 1
    write('secret', f'{k:02d}', ev, rq)

N = 10**5
# large: random traffic over 1000 services, 60 required (with duplicates)
names = pool(1000, 2, 6)
ev = [random.choice(names) for _ in range(N)]
rq = [random.choice(names[:40]) for _ in range(60)]
k += 1
write('secret', f'{k:02d}', ev, rq)

# large: the only window is the whole log (two markers at the ends)
ev = ['a'] + [random.choice(['b', 'c', 'd']) for _ in range(N - 2)] + ['e']
k += 1
write('secret', f'{k:02d}', ev, ['e', 'a'])

# large: required is the whole log as a shuffled multiset
ev = [random.choice(names[:300]) for _ in range(N)]
rq = ev[:]
random.shuffle(rq)
k += 1
write('secret', f'{k:02d}', ev, rq)

# large: required longer than the log
ev = [random.choice(['a', 'b']) for _ in range(N - 1)]
rq = [random.choice(['a', 'b']) for _ in range(N)]
k += 1
write('secret', f'{k:02d}', ev, rq)

# large: many ties, periodic traffic
period = ['gw', 'auth', 'db', 'cache']
ev = [period[i % 4] for i in range(N)]
k += 1
write('secret', f'{k:02d}', ev, ['cache', 'gw', 'db'])

# large: heavy duplicates over two names
ev = [random.choice(['r', 'w']) for _ in range(N)]
rq = ['r'] * 500 + ['w'] * 500
k += 1
write('secret', f'{k:02d}', ev, rq)

# large: long names, a rare one is needed twice
names10 = pool(2000, 10, 10)
ev = [random.choice(names10[1:]) for _ in range(N)]
rare = names10[0]
for p in random.sample(range(N), 6):
    ev[p] = rare
rq = [rare, rare] + random.sample(names10[1:50], 20)
k += 1
write('secret', f'{k:02d}', ev, rq)

# large: a required name never appears
ev = [random.choice(names[:50]) for _ in range(N)]
k += 1
write('secret', f'{k:02d}', ev, names[:10] + ['missing-1'])
