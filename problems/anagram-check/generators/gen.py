#!/usr/bin/env python3
"""Seeded generator for anagram-check: shuffles and near-miss shuffles, reference via letter counts."""
import json, os, random
from collections import Counter

random.seed(777)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write(group, name, s, t):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n' + json.dumps(t) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(Counter(s) == Counter(t)) + '\n')


def rnd(n, alpha='abcdefghijklmnopqrstuvwxyz'):
    return ''.join(random.choice(alpha) for _ in range(n))


def shuffled(s):
    l = list(s); random.shuffle(l); return ''.join(l)


def swap_one(s):
    l = list(s)
    i = random.randrange(len(l))
    l[i] = random.choice([c for c in 'abcdefghijklmnopqrstuvwxyz' if c != l[i]])
    return ''.join(l)


write('sample', '01', 'listen', 'silent')
write('sample', '02', 'letter', 'retell')
fixed = [('a', 'a'), ('a', 'b'), ('ab', 'a'), ('aab', 'abb'), ('rat', 'car'), ('anagram', 'nagaram'),
         ('aaaa', 'aaa'), ('abc', 'cbad'), ('zz', 'zz')]
k = 0
for s, t in fixed:
    k += 1
    write('secret', f'{k:02d}', s, t)
big = rnd(100000)
ab = rnd(100000, 'ab')
for s, t in [(big, shuffled(big)), (big, swap_one(shuffled(big))), (ab, shuffled(ab)), (ab, swap_one(ab)),
             ('a' * 100000, 'a' * 99999 + 'b'), (big, shuffled(big)[:-1]), (rnd(1000, 'xyz'), rnd(1000, 'xyz'))]:
    k += 1
    write('secret', f'{k:02d}', s, t)
