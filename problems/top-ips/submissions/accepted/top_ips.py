import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split("\n")
    n, k = map(int, data[0].split())
    counts = Counter(data[i].split(" ", 1)[0] for i in range(1, n + 1))
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
    sys.stdout.write("".join(f"{ip} {c}\n" for ip, c in top))


main()
