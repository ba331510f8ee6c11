#!/usr/bin/env python3
"""Seeded generator for n-queens-count; reference: bitmask backtracking."""
import json, os, random
from itertools import permutations

random.seed(8)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def solve(board):
    n = len(board)
    full = (1 << n) - 1
    blocked = [sum(1 << c for c, ch in enumerate(row) if ch == '#') for row in board]
    def place(r, cols, diag, anti):
        if r == n:
            return 1
        total, free = 0, full & ~(cols | diag | anti | blocked[r])
        while free:
            b = free & -free
            free ^= b
            total += place(r + 1, cols | b, ((diag | b) << 1) & full, (anti | b) >> 1)
        return total
    return place(0, 0, 0, 0)


def brute(board):
    n = len(board)
    return sum(1 for p in permutations(range(n))
               if all(board[r][c] == '.' for r, c in enumerate(p))
               and all(abs(p[i] - p[j]) != j - i for i in range(n) for j in range(i + 1, n)))


def write(group, name, board):
    n = len(board)
    assert 1 <= n <= 11 and all(len(r) == n and set(r) <= set('.#') for r in board)
    ans = solve(board)
    if n <= 8:
        assert ans == brute(board)
    d = os.path.join(ROOT, 'data', group)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name + '.in'), 'w') as f:
        f.write(json.dumps(board) + '\n')
    with open(os.path.join(d, name + '.ans'), 'w') as f:
        f.write(json.dumps(ans) + '\n')
    return ans


def empty(n):
    return ['.' * n] * n


def rnd(n, p):
    return [''.join('#' if random.random() < p else '.' for _ in range(n)) for _ in range(n)]


write('sample', '01', empty(4))
write('sample', '02', ['.#..', '....', '....', '....'])
cases = [empty(1), ['#'], empty(2), empty(3), empty(5), empty(6), rnd(6, 0.1),
         ['#' + '.' * 7] + ['.' * 8] * 7, rnd(8, 0.1), rnd(8, 0.3), empty(8),
         empty(10), rnd(10, 0.05), empty(11), rnd(11, 0.08), rnd(11, 0.02),
         ['.' * 11] * 5 + ['#' * 11] + ['.' * 11] * 5]
for k, b in enumerate(cases, 1):
    print(write('secret', f'{k:02d}', b), end=' ')
