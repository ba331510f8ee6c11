# Bug: orders tied IPv4 addresses numerically by octet instead of as strings.
import sys
from collections import Counter


def key(ip):
    parts = ip.split(".")
    return [int(p) for p in parts] if len(parts) == 4 and all(p.isdigit() for p in parts) else [10**9, ip]


data = sys.stdin.read().split("\n")
n, k = map(int, data[0].split())
counts = Counter(data[i].split(" ", 1)[0] for i in range(1, n + 1))
for ip, c in sorted(counts.items(), key=lambda item: (-item[1], key(item[0])))[:k]:
    print(ip, c)
