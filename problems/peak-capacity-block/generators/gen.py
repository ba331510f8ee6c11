#!/usr/bin/env python3
"""Seeded generator for peak-capacity-block: edge cases, answers above 2^31 and monotone inputs
(which defeat naive expansion); reference monotonic stack, cross-checked by brute force on small
inputs."""
import json, os, random

random.seed(27182)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MAXV = 10**9
N = 100000


def solve(a):
    # Monotonic stack of indices with non-decreasing heights; a sentinel 0 flushes it at the end.
    best, st = 0, []
    for i in range(len(a) + 1):
        h = a[i] if i < len(a) else 0
        while st and a[st[-1]] >= h:
            top = st.pop()
            left = st[-1] + 1 if st else 0
            best = max(best, a[top] * (i - left))
        st.append(i)
    return best


def brute(a):
    best = 0
    for i in range(len(a)):
        m = a[i]
        for j in range(i, len(a)):
            m = min(m, a[j])
            best = max(best, m * (j - i + 1))
    return best


def write(group, name, a):
    assert 1 <= len(a) <= N and all(0 <= x <= MAXV for x in a)
    ans = solve(a)
    if len(a) <= 2000:
        assert ans == brute(a), name
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')


def rnd(n, lo=0, hi=MAXV):
    return [random.randint(lo, hi) for _ in range(n)]


write('sample', '01', [3, 6, 7, 2, 5, 5, 4, 1])
write('sample', '02', [0, 9, 0])

spike = [1] * N
spike[N // 2] = MAXV
mountain = [min(i, N - 1 - i) * 20000 for i in range(N)]
valley = [abs(N // 2 - i) * 20000 for i in range(N)]
sawtooth = [(i % 1000) * 10**6 for i in range(N)]
cases = [
    ('01-one-minute', [5]),
    ('02-one-minute-zero', [0]),
    ('03-all-zero', [0] * 10),
    ('04-all-equal', [7] * 6),
    ('05-increasing', list(range(1, 9))),
    ('06-decreasing', list(range(8, 0, -1))),
    ('07-single-huge-spike', [0, 0, MAXV, 0, 0]),
    ('08-valley', [5, 4, 3, 2, 1, 2, 3, 4, 5]),
    ('09-plateaus-with-gaps', [3, 3, 0, 3, 3, 3, 0, 3]),
    ('10-over-int32', [MAXV] * 3),
    ('11-tall-beats-wide', [2, 1, 2, 1, 2, 1, 2, 9]),
    ('12-random-small', rnd(50, 0, 20)),
    ('13-random-tiny-values', rnd(300, 0, 5)),
    ('14-random-medium', rnd(2000)),
    ('15-large-random', rnd(N)),
    ('16-large-all-equal-max', [MAXV] * N),
    ('17-large-increasing', [i * 10000 for i in range(1, N + 1)]),
    ('18-large-decreasing', [i * 10000 for i in range(N, 0, -1)]),
    ('19-large-tiny-values', rnd(N, 0, 3)),
    ('20-large-mountain', mountain),
    ('21-large-valley', valley),
    ('22-large-sawtooth', sawtooth),
    ('23-large-single-spike', spike),
    ('24-large-near-max', rnd(N, 9 * 10**8, MAXV)),
]
for name, a in cases:
    write('secret', name, a)
