#!/usr/bin/env python3
"""Seeded generator for group-anagrams: answers grouped by sorted letters (order-free comparison)."""
import json, os, random

random.seed(2468)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(strs):
    groups = {}
    for s in strs:
        groups.setdefault(''.join(sorted(s)), []).append(s)
    return list(groups.values())


def write(group, name, strs):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(strs, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(strs), separators=(',', ':')) + '\n')


def word(n, alpha='abcdefghijklmnopqrstuvwxyz'):
    return ''.join(random.choice(alpha) for _ in range(n))


def shuffle(s):
    l = list(s); random.shuffle(l); return ''.join(l)


def family_list(n_families, size_lo, size_hi, wlen_lo, wlen_hi, alpha='abcdefghijklmnopqrstuvwxyz'):
    out = []
    for _ in range(n_families):
        base = word(random.randint(wlen_lo, wlen_hi), alpha)
        out += [shuffle(base) for _ in range(random.randint(size_lo, size_hi))]
    random.shuffle(out)
    return out


write('sample', '01', ["stop", "pots", "opts", "top", "pot", "tops"])
write('sample', '02', ["", "b", ""])
fixed = [["a"], [""], ["ab", "ba", "ab"], ["abc", "def"], ["aab", "abb", "bab", "aba"], ["x", "x", "x"],
         ["listen", "silent", "enlist", "inlets", "tinsel", "google"], ["ab", "a", "b", "ba", ""]]
k = 0
for s in fixed:
    k += 1
    write('secret', f'{k:02d}', s)
for args in [(20, 1, 4, 1, 5), (200, 1, 10, 3, 8, 'abc'), (10000, 1, 1, 1, 20), (1000, 5, 15, 5, 15),
             (30, 200, 400, 2, 6, 'ab'), (100, 60, 100, 90, 100), (3000, 1, 4, 1, 3, 'abcd'), (5000, 1, 3, 10, 30)]:
    k += 1
    write('secret', f'{k:02d}', family_list(*args)[:10**4])
