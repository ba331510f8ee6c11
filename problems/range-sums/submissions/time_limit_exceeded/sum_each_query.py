# Re-adds the whole range for every query: O(n * q).
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]
out = []
for i in range(q):
    l, r = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
    out.append(sum(a[l - 1:r]))
print('\n'.join(map(str, out)))
