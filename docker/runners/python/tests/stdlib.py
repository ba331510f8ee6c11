# What a LeetCode Python user imports without a second thought: typing, collections, heapq, bisect,
# functools.cache, math, itertools, and sortedcontainers (preinstalled there; Debian's package here).
from typing import List, Optional
from collections import Counter, defaultdict, deque
from functools import cache
import bisect
import heapq
import itertools
import math

from sortedcontainers import SortedList


@cache
def fib(n: int) -> int:
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main(nums: List[int], missing: Optional[int] = None) -> None:
    heap = list(nums)
    heapq.heapify(heap)
    ordered = SortedList(nums)
    ordered.add(0)
    counts = Counter("aab")
    graph = defaultdict(list)
    graph[1].append(2)
    queue = deque([1])
    print(
        fib(90),
        heapq.heappop(heap),
        bisect.bisect_left([1, 2, 4], 3),
        counts.most_common(1)[0][0],
        list(ordered),
        math.comb(5, 2),
        list(itertools.accumulate(nums)),
        graph[queue.popleft()],
        missing,
    )


main([5, 1, 3])
