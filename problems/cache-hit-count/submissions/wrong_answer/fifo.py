# Bug: a hit does not refresh recency, so this simulates FIFO instead of LRU.
from collections import OrderedDict


class Solution:
    def cacheHits(self, capacity: int, accesses: List[int]) -> int:
        cache = OrderedDict()
        hits = 0
        for k in accesses:
            if k in cache:
                hits += 1
            else:
                if len(cache) >= capacity:
                    cache.popitem(last=False)
                cache[k] = None
        return hits
