# Reads the weights recursively: blows the stack on the large groups.
import sys

sys.setrecursionlimit(1000)
data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])


def find(j, seen):
    if j == n:
        return None
    w = int(data[2 + j])
    if t - w in seen:
        return seen[t - w], j
    seen.setdefault(w, j)
    return find(j + 1, seen)


pair = find(0, {})
print(-1 if pair is None else f"{pair[0] + 1} {pair[1] + 1}")
