# Tries every pair: quadratic, far too slow for n = 200000.
import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
w = list(map(int, data[2:2 + n]))
for i in range(n):
    for j in range(i + 1, n):
        if w[i] + w[j] == t:
            print(i + 1, j + 1)
            sys.exit(0)
print(-1)
