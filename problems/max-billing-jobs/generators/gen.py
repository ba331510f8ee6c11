#!/usr/bin/env python3
"""Seeded generator for max-billing-jobs: edge cases plus n = 5*10^4 inputs; reference O(n log n) DP."""
import json, os, random
from bisect import bisect_right

random.seed(20240611)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = 5 * 10**4
T = 10**9
P = 10**9


def solve(start, end, pay):
    jobs = sorted(zip(end, start, pay))
    ends = [e for e, _, _ in jobs]
    best = [0] * (len(jobs) + 1)  # best[k]: optimum using the first k jobs by end time
    for k, (e, s, p) in enumerate(jobs):
        j = bisect_right(ends, s, 0, k)  # jobs ending at or before s
        best[k + 1] = max(best[k], best[j] + p)
    return best[-1]


def write(group, name, jobs):
    assert 1 <= len(jobs) <= N
    start = [s for s, _, _ in jobs]
    end = [e for _, e, _ in jobs]
    pay = [p for _, _, p in jobs]
    for s, e, p in jobs:
        assert 0 <= s < e <= T and 1 <= p <= P
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        for a in (start, end, pay):
            f.write(json.dumps(a, separators=(',', ':')) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(solve(start, end, pay)) + '\n')


def rnd_jobs(n, horizon=T, max_len=None, lo=1, hi=P):
    out = []
    for _ in range(n):
        length = random.randint(1, max_len or horizon)
        length = min(length, horizon)
        s = random.randint(0, horizon - length)
        out.append((s, s + length, random.randint(lo, hi)))
    return out


write('sample', '01', [(1, 3, 20), (2, 5, 20), (4, 6, 70), (6, 9, 60)])
write('sample', '02', [(0, 10, 100), (0, 5, 40), (5, 10, 50)])

cases = [
    # one job, at the extremes of the ranges
    [(0, T, P)],
    # all overlapping: every job contains time 50; the best single one wins
    [(50 - i, 51 + 2 * i, 10 + (i * 37) % 23) for i in range(10)],
    # none overlapping, with gaps, given out of order
    [(70, 80, 5), (0, 10, 1), (40, 45, 4), (20, 30, 2), (90, 100, 6)],
    # touching chain: each job starts exactly when the previous one ends
    [(i * 3, i * 3 + 3, i + 1) for i in range(8)][::-1],
    # identical intervals: only one of them can run
    [(5, 9, 7), (5, 9, 12), (5, 9, 3), (5, 9, 12)],
    # one long job worth more than the short ones it covers
    [(0, 100, 1000)] + [(i * 10, i * 10 + 10, 90) for i in range(10)],
    # one long job worth less than the short ones it covers
    [(0, 100, 800)] + [(i * 10, i * 10 + 10, 90) for i in range(10)],
    # totals above 2^31: ten disjoint jobs paying 10^9 each
    [(i * 10**8, (i + 1) * 10**8, P) for i in range(10)],
    # earliest-end greedy trap: a cheap short job blocks two expensive ones
    [(0, 2, 1), (1, 5, 100), (5, 9, 100), (1, 9, 150), (8, 12, 1)],
    # the highest single pay is a trap, and the chain is what counts
    [(0, 4, 50), (4, 8, 50), (8, 12, 50), (2, 10, 120), (12, 13, 1), (11, 14, 3)],
    # small random, many overlaps
    rnd_jobs(12, horizon=30, max_len=8, hi=50),
    # medium random
    rnd_jobs(1000, horizon=10**6, max_len=5000),
]
k = 0
for jobs in cases:
    k += 1
    write('secret', f'{k:02d}', jobs)

# Large cases, n = 5*10^4.
big = []
# random over the whole time range, lengths up to 10^5
big.append(rnd_jobs(N, max_len=10**5))
# all overlapping: every job contains time 5*10^8
big.append([(random.randint(0, 5 * 10**8), random.randint(5 * 10**8 + 1, T), random.randint(1, P)) for _ in range(N)])
# touching chain with maximal pay: answer 5*10^13, shuffled
chain = [(i * 20000, (i + 1) * 20000, P) for i in range(N)]
random.shuffle(chain)
big.append(chain)
# dense short jobs on a small grid: lots of touching and identical endpoints
big.append(rnd_jobs(N, horizon=10**5, max_len=20))
# mixture of long and short jobs
mix = rnd_jobs(N // 2, max_len=50) + rnd_jobs(N // 2, max_len=10**8)
random.shuffle(mix)
big.append(mix)
# only a handful of distinct intervals, repeated many times
shapes = rnd_jobs(40, max_len=10**8)
big.append([(s, e, random.randint(1, P)) for s, e, _ in (random.choice(shapes) for _ in range(N))])
# sorted by start, increasing lengths, small pays
big.append(sorted(rnd_jobs(N, max_len=10**6, hi=1000)))
for jobs in big:
    k += 1
    write('secret', f'{k:02d}', jobs)
