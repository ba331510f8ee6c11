import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    w = list(map(int, data[2:2 + n]))
    order = sorted(range(n), key=w.__getitem__)
    lo, hi = 0, n - 1
    while lo < hi:
        s = w[order[lo]] + w[order[hi]]
        if s == t:
            print(order[lo] + 1, order[hi] + 1)
            return
        if s < t:
            lo += 1
        else:
            hi -= 1
    print(-1)


main()
