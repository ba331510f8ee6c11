#!/usr/bin/env python3
"""Seeded generator for prefix-tree: operation sequences answered by a reference set-based model."""
import json, os, random

random.seed(99)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(ops, args):
    words, prefixes, out = set(), set(), []
    for op, a in zip(ops, args):
        if op == 'Trie':
            out.append(None)
        elif op == 'insert':
            words.add(a[0])
            for i in range(1, len(a[0]) + 1):
                prefixes.add(a[0][:i])
            out.append(None)
        elif op == 'search':
            out.append(a[0] in words)
        else:
            out.append(a[0] in prefixes)
    return out


def write(group, name, ops, args):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(ops) + '\n' + json.dumps(args) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(ops, args)) + '\n')


def word(alpha, lo, hi):
    return ''.join(random.choice(alpha) for _ in range(random.randint(lo, hi)))


def scenario(n, alpha='abcdefghijklmnopqrstuvwxyz', lo=1, hi=10, p_insert=0.4):
    ops, args, inserted = ['Trie'], [[]], []
    for _ in range(n):
        r = random.random()
        if r < p_insert or not inserted:
            w = word(alpha, lo, hi) if random.random() < 0.8 or not inserted else random.choice(inserted)[:random.randint(1, hi)]
            inserted.append(w)
            ops.append('insert'); args.append([w])
            continue
        op = random.choice(['search', 'startsWith'])
        base = random.choice(inserted)
        kind = random.random()
        if kind < 0.35:
            q = base
        elif kind < 0.7:
            q = base[:random.randint(1, len(base))]
        elif kind < 0.85:
            q = base + random.choice(alpha)
        else:
            q = word(alpha, lo, hi)
        ops.append(op); args.append([q])
    return ops, args


write('sample', '01', ["Trie", "insert", "search", "search", "startsWith", "insert", "search"],
      [[], ["lamp"], ["lamp"], ["lam"], ["lam"], ["lam"], ["lam"]])
write('sample', '02', ["Trie", "startsWith", "insert", "startsWith", "search"],
      [[], ["a"], ["sofa"], ["sofas"], ["sofa"]])
fixed = [
    (["Trie", "search", "startsWith"], [[], ["a"], ["a"]]),
    (["Trie", "insert", "search", "startsWith", "search"], [[], ["a"], ["a"], ["a"], ["b"]]),
    (["Trie", "insert", "insert", "search", "search", "startsWith"], [[], ["apple"], ["apple"], ["apple"], ["app"], ["apple"]]),
    (["Trie", "insert", "insert", "search", "search", "search"], [[], ["car"], ["cart"], ["car"], ["cart"], ["ca"]]),
    (["Trie", "insert", "startsWith", "startsWith", "search"], [[], ["zzz"], ["zz"], ["zzzz"], ["z"]]),
    (["Trie", "insert", "search", "startsWith", "search", "insert", "search"],
     [[], ["x" * 100], ["x" * 100], ["x" * 99], ["x" * 99], ["x" * 99], ["x" * 99]]),
]
k = 0
for ops, args in fixed:
    k += 1
    write('secret', f'{k:02d}', ops, args)
for n, alpha, lo, hi, p in [(30, 'ab', 1, 4, 0.4), (200, 'abc', 1, 6, 0.5), (1000, 'abcdefghijklmnopqrstuvwxyz', 1, 8, 0.3),
                            (3000, 'ab', 1, 12, 0.5), (30000, 'abcdefghijklmnopqrstuvwxyz', 1, 12, 0.4),
                            (15000, 'ab', 5, 20, 0.5), (6000, 'abcdefghijklmnopqrstuvwxyz', 60, 100, 0.5),
                            (15000, 'abcde', 1, 30, 0.2), (30000, 'abcdefghijklmnopqrstuvwxyz', 1, 5, 0.7)]:
    k += 1
    write('secret', f'{k:02d}', *scenario(n, alpha, lo, hi, p))
