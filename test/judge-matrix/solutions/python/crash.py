import sys

values = sys.stdin.read().split()
print(int(values[0]) // 0)
