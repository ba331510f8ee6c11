#!/usr/bin/env python3
"""Seeded generator for longest-palindrome-substring; reference: expand around centres."""
import json, os, random

random.seed(1221)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALPHA = 'abcdefghijklmnopqrstuvwxyz0123456789'


def solve(s):
    n, blo, bl = len(s), 0, 1
    for c in range(2 * n - 1):
        lo, hi = c // 2, (c + 1) // 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1; hi += 1
        if hi - lo - 1 > bl or (hi - lo - 1 == bl and lo + 1 < blo):
            blo, bl = lo + 1, hi - lo - 1
    return s[blo:blo + bl]


def brute(s):
    best = s[0]
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            t = s[i:j]
            if t == t[::-1] and len(t) > len(best):
                best = t
    return best


def write(group, name, s):
    assert 1 <= len(s) <= 2000 and set(s) <= set(ALPHA)
    ans = solve(s)
    if len(s) <= 300:
        assert ans == brute(s), s
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


rnd = lambda n, a=ALPHA: ''.join(random.choice(a) for _ in range(n))
write('sample', '01', 'xabacabay')
write('sample', '02', 'abcd')
pal = lambda t: t + t[::-1]
cases = [
    'z', '7', 'ab', 'aa', 'abba', 'cabbad', 'abcba1', 'xyzzyx123321q',        # even beats odd at the end
    'abacdcaba', 'aaaabaaa', 'racecar9racecar',
    rnd(200, 'ab'), rnd(300, 'abc'),
    'a' * 2000,                                                          # worst case for expansion
    rnd(900) + pal(rnd(50)) + rnd(1000),                                  # a long even palindrome inside
    ('ab' * 1000),
    rnd(1000, '01') + rnd(1000, '01'),
    pal(rnd(400, 'xy')) + 'q' + pal(rnd(400, 'xy')),
]
for k, s in enumerate(cases, 1):
    write('secret', f'{k:02d}', s)
