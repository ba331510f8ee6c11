#!/usr/bin/env python3
"""Seeded generator for longest-unique-substring: answers from a sliding-window reference."""
import json, os, random, string

random.seed(6060)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PRINTABLE = ''.join(chr(c) for c in range(32, 127))


def solve(s):
    last, left, best = {}, 0, 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= left:
            left = last[ch] + 1
        last[ch] = i
        best = max(best, i - left + 1)
    return best


def write(group, name, s):
    d = os.path.join(ROOT, 'data', group)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(s)) + '\n')


def rnd(n, alpha):
    return ''.join(random.choice(alpha) for _ in range(n))


write('sample', '01', 'pwwkew')
write('sample', '02', 'tattoo')
fixed = ['', 'a', 'aaaa', 'ab', 'abba', 'abcabcbb', ' ', 'a b c', 'dvdf', 'tmmzuxt', 'abcdefg', 'xyzzyx!@#x']
k = 0
for s in fixed:
    k += 1
    write('secret', f'{k:02d}', s)
perm = list(PRINTABLE)
random.shuffle(perm)
for s in [rnd(1000, 'abc'), rnd(100000, string.ascii_lowercase), rnd(100000, PRINTABLE), ''.join(perm) * 1000,
          'a' * 100000, rnd(50000, 'ab') + ''.join(perm) + rnd(49000, 'ab'), rnd(100000, string.digits)]:
    k += 1
    write('secret', f'{k:02d}', s[:100000])
