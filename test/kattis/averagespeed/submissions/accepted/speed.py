import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
d = sum(map(int, data[1:1 + 2 * n:2]))
h = sum(map(int, data[2:2 + 2 * n:2]))
print(d / h)
