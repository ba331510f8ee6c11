#!/usr/bin/env python3
"""Seeded generator for edit-distance: random and lightly mutated strings; reference row-by-row DP."""
import json, os, random

random.seed(1729)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = prev[j - 1] if ca == cb else 1 + min(prev[j - 1], prev[j], cur[j - 1])
        prev = cur
    return prev[-1]


def write(group, name, a, b):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a) + '\n' + json.dumps(b) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(a, b)) + '\n')


def rnd(n, alpha='abcdefghijklmnopqrstuvwxyz'):
    return ''.join(random.choice(alpha) for _ in range(n))


def mutate(s, edits, alpha='abcdefghijklmnopqrstuvwxyz'):
    s = list(s)
    for _ in range(edits):
        op = random.randrange(3)
        i = random.randrange(len(s) + 1)
        if op == 0:
            s.insert(i, random.choice(alpha))
        elif s and i < len(s):
            if op == 1:
                s.pop(i)
            else:
                s[i] = random.choice(alpha)
    return ''.join(s)


write('sample', '01', 'kitten', 'sitting')
write('sample', '02', '', 'abc')
fixed = [('', ''), ('a', ''), ('a', 'a'), ('a', 'b'), ('ab', 'ba'), ('horse', 'ros'), ('intention', 'execution'),
         ('abc', 'abc'), ('aaaa', 'aa'), ('abcdef', 'azced')]
k = 0
for a, b in fixed:
    k += 1
    write('secret', f'{k:02d}', a, b)
base = rnd(2000)
for a, b in [(rnd(50, 'ab'), rnd(60, 'ab')), (rnd(500), rnd(400)), (base, mutate(base, 100)[:2000]), (rnd(2000), rnd(2000)),
             (rnd(2000, 'ab'), rnd(2000, 'ab')), ('a' * 2000, 'b' * 2000), (rnd(2000), ''), (base, base[::-1])]:
    k += 1
    write('secret', f'{k:02d}', a, b)
