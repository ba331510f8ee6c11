#!/usr/bin/env python3
"""Seeded generator for word-break; reference: prefix DP."""
import json, os, random, sys
from functools import lru_cache

random.seed(1701)
sys.setrecursionlimit(10000)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(s, words):
    ws, L = set(words), max(map(len, words))
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        ok[i] = any(ok[j] and s[j:i] in ws for j in range(max(0, i - L), i))
    return ok[-1]


def brute(s, words):
    @lru_cache(None)
    def can(i):
        return i == len(s) or any(s.startswith(w, i) and can(i + len(w)) for w in words)
    return can(0)


def write(group, name, s, words):
    assert 1 <= len(s) <= 300 and 1 <= len(words) <= 1000 and len(set(words)) == len(words)
    assert all(1 <= len(w) <= 20 for w in words)
    ans = solve(s, words)
    assert ans == brute(s, tuple(words))
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n' + json.dumps(words, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


def rword(lo, hi, a='abcdefghijklmnopqrstuvwxyz'):
    return ''.join(random.choice(a) for _ in range(random.randint(lo, hi)))


def vocab(n, lo, hi, a='abcdefghijklmnopqrstuvwxyz'):
    v = set()
    while len(v) < n:
        v.add(rword(lo, hi, a))
    return list(v)


def compose(words, target_len):
    s = ''
    while len(s) < target_len:
        s += random.choice(words)
    return s[:300] if len(s) > 300 else s


write('sample', '01', 'blackfridaysale', ['black', 'friday', 'sale', 'fri', 'day'])
write('sample', '02', 'catsandog', ['cats', 'dog', 'sand', 'and', 'cat'])
a_words = ['a' * i for i in range(1, 11)]
cases = [
    ('a', ['a']), ('a', ['b']), ('aaaa', ['aaa']), ('abab', ['ab', 'ba']),
    ('catsanddog', ['cats', 'dog', 'sand', 'and', 'cat']),       # greedy longest: cats + and + dog works too
    ('pineapplepenapple', ['apple', 'pen', 'applepen', 'pine', 'pineapple']),
    ('goalspecial', ['go', 'goal', 'goals', 'special']),          # greedy "goals" fails
    ('a' * 30 + 'b', a_words),                                    # exponential for plain recursion
    ('a' * 299 + 'b', a_words + ['b' * 20]),
    ('a' * 300, a_words),
    ('ab' * 150, ['a', 'b', 'ab', 'ba', 'aba', 'bab']),
]
v = vocab(200, 1, 6, 'abc')
s = compose(v, 280)
cases.append((s, v))
cases.append((s[:-1] + 'z', v))                                   # the last letter is unknown
v = vocab(1000, 3, 20)
cases.append((compose(v, 300)[:300], v))
big = vocab(20, 2, 4, 'ab')
cases.append((compose(big, 298) + 'ab', big + ['ab'] if 'ab' not in big else big))
cases.append(('x' * 150 + 'y' * 150, ['x' * 20, 'x' * 13, 'y' * 7, 'y' * 4]))
for k, (s, w) in enumerate(cases, 1):
    print(write('secret', f'{k:02d}', s, w), end=' ')
