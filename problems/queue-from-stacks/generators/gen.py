#!/usr/bin/env python3
"""Seeded generator for queue-from-stacks; answers from collections.deque."""
import json, os, random
from collections import deque

random.seed(1999)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(ops):
    q, out = deque(), [None]
    for name, args in ops:
        if name == 'push':
            q.append(args[0]); out.append(None)
        elif name == 'pop':
            out.append(q.popleft())
        elif name == 'peek':
            out.append(q[0])
        else:
            out.append(not q)
    return out


def write(group, name, ops):
    assert len(ops) <= 3 * 10**4
    ans = run(ops)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(['TwoStackQueue'] + [o for o, _ in ops], separators=(',', ':')) + '\n')
        f.write(json.dumps([[]] + [a for _, a in ops], separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans, separators=(',', ':')) + '\n')


def rnd(n, hi, p_push=0.45):
    ops, size = [], 0
    for _ in range(n):
        r = random.random()
        if size == 0 and r < 0.1:
            ops.append(('empty', []))
        elif size == 0 or r < p_push:
            ops.append(('push', [random.randint(1, hi)])); size += 1
        elif r < p_push + 0.25:
            ops.append(('pop', [])); size -= 1
        elif r < p_push + 0.4:
            ops.append(('peek', []))
        else:
            ops.append(('empty', []))
    return ops


P = lambda v: ('push', [v])
POP, PEEK, EMPTY = ('pop', []), ('peek', []), ('empty', [])
write('sample', '01', [P(11), P(12), PEEK, POP, EMPTY])
write('sample', '02', [P(1), P(2), POP, P(3), POP, POP, EMPTY])
cases = [
    [EMPTY], [P(5), EMPTY, PEEK, POP, EMPTY],
    [P(1), P(2), P(3), POP, POP, POP, EMPTY],
    [P(1), P(2), PEEK, P(3), PEEK, POP, P(4), POP, POP, PEEK, POP, EMPTY],
    [P(10**9), P(1), POP, PEEK, EMPTY, POP, EMPTY],
    [P(7), POP, P(8), POP, P(9), PEEK, EMPTY],
    [P(i) for i in range(1, 11)] + [POP] * 5 + [P(i) for i in range(11, 16)] + [POP] * 10 + [EMPTY],
    rnd(40, 9), rnd(300, 100), rnd(2000, 10**9),
    rnd(10**4, 999), rnd(3 * 10**4, 9, 0.6),
    [P(i) for i in range(1, 5001)] + [PEEK, POP] * 2500 + [EMPTY],
    [x for i in range(1, 3001) for x in (P(i), P(i + 3000), POP)] + [EMPTY],
    [P(3), P(3), POP, P(3), PEEK, POP, POP, EMPTY],
    rnd(5000, 10**9, 0.5),
]
for k, ops in enumerate(cases, 1):
    write('secret', f'{k:02d}', ops)
