#!/usr/bin/env python3
"""Seeded generator for min-stack; answers from a plain list (min() is fine offline)."""
import json, os, random

random.seed(5150)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LO, HI = -2**31, 2**31 - 1


def run(ops):
    """ops: list of (name, args); returns the LeetCode-style two lines and the answers."""
    st, out = [], [None]
    for name, args in ops:
        if name == 'push':
            st.append(args[0]); out.append(None)
        elif name == 'pop':
            st.pop(); out.append(None)
        elif name == 'top':
            out.append(st[-1])
        else:
            out.append(min(st))
    return out


def write(group, name, ops):
    assert len(ops) <= 3 * 10**4
    ans = run(ops)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(['MinStack'] + [o for o, _ in ops], separators=(',', ':')) + '\n')
        f.write(json.dumps([[]] + [a for _, a in ops], separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans, separators=(',', ':')) + '\n')


def rnd(n, lo, hi, p_push=0.45):
    ops, size = [], 0
    for _ in range(n):
        r = random.random()
        if size == 0 or r < p_push:
            ops.append(('push', [random.randint(lo, hi)])); size += 1
        elif r < p_push + 0.2:
            ops.append(('pop', [])); size -= 1
        elif r < p_push + 0.35:
            ops.append(('top', []))
        else:
            ops.append(('getMin', []))
    return ops


P = lambda v: ('push', [v])
POP, TOP, MIN = ('pop', []), ('top', []), ('getMin', [])
write('sample', '01', [P(250), P(40), P(90), MIN, POP, TOP, MIN])
write('sample', '02', [P(5), P(5), MIN, POP, MIN])
cases = [
    [P(7), TOP, MIN],
    [P(LO), P(HI), MIN, TOP, POP, MIN],
    [P(3), P(1), P(2), MIN, POP, MIN, POP, MIN, TOP],
    [P(1), P(1), P(1), POP, MIN, POP, MIN],
    [P(5), P(4), P(3), P(2), P(1)] + [MIN, POP] * 5,
    [P(1), P(2), P(3)] + [MIN, TOP, POP] * 3,
    [P(0), POP, P(-1), MIN, POP, P(10), MIN],
    [P(HI), MIN, P(LO), MIN, POP, MIN],
    rnd(30, -5, 5), rnd(200, -3, 3), rnd(1000, LO, HI),
    rnd(10**4, -1000, 1000),
    rnd(3 * 10**4, -99, 99, 0.6),
    [P(9000 - i) for i in range(8000)] + [MIN, POP] * 4000,   # deep stack, minimum popped each time
    [P(i % 7) for i in range(5000)] + [MIN, TOP, POP] * 3000 + [P(-1), MIN],
    rnd(2000, 0, 0),                                                    # all equal values
]
for k, ops in enumerate(cases, 1):
    write('secret', f'{k:02d}', ops)
