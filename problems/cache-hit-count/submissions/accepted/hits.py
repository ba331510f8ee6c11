from collections import OrderedDict


class Solution:
    def cacheHits(self, capacity: int, accesses: List[int]) -> int:
        cache = OrderedDict()
        hits = 0
        for k in accesses:
            if k in cache:
                hits += 1
                cache.move_to_end(k)
            else:
                if len(cache) >= capacity:
                    cache.popitem(last=False)
                cache[k] = None
        return hits
