#!/usr/bin/env python3
"""Seeded generator for decode-ways; reference: two-variable DP modulo 1e9+7."""
import json, os, random
from functools import lru_cache

random.seed(2626)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOD = 10**9 + 7


def solve(s):
    p2, p1 = 0, 1
    for i, ch in enumerate(s):
        cur = p1 if ch != '0' else 0
        if i and 10 <= int(s[i - 1:i + 1]) <= 26:
            cur += p2
        p2, p1 = p1, cur % MOD
    return p1


def brute(s):
    @lru_cache(None)
    def count(i):
        if i == len(s):
            return 1
        return sum(count(i + L) for L in (1, 2)
                   if i + L <= len(s) and s[i] != '0' and 1 <= int(s[i:i + L]) <= 26)
    return count(0) % MOD


def write(group, name, s):
    assert 1 <= len(s) <= 10**5 and s.isdigit()
    ans = solve(s)
    if len(s) <= 500:
        assert ans == brute(s), s
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(s) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


rnd = lambda n, a='0123456789': ''.join(random.choice(a) for _ in range(n))
write('sample', '01', '226')
write('sample', '02', '2101')
# small cases first; the exponential search meets "1" * 60 (test 09) before any long message
cases = ['0', '7', '10', '27', '30', '06', '1201234', '11106',
         '1' * 60,                                   # Fibonacci(61) splits
         '2' * 45 + '7' * 5,
         rnd(200, '12'), rnd(300, '1234567'),
         '1' * 10**5,                                # long, huge count: modulo matters
         ''.join(random.choice(('1', '2', '10', '20', '26', '27', '3')) for _ in range(30000))[:10**5],
         rnd(10**5, '123456789'),
         '1' * 50000 + '00' + '1' * 100,             # a "00" kills every split
         '9' * 1000]
for k, s in enumerate(cases, 1):
    print(write('secret', f'{k:02d}', s), end=' ')
