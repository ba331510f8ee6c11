import heapq
from collections import OrderedDict


class TtlLruCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = OrderedDict()  # key -> (value, expires_at, stamp); last = most recently used
        self.expiry = []  # min-heap of (expires_at, stamp, key); stale items are skipped
        self.stamp = 0

    def _drop_expired(self, now: int) -> None:
        while self.expiry and self.expiry[0][0] <= now:
            _, stamp, key = heapq.heappop(self.expiry)
            item = self.items.get(key)
            if item is not None and item[2] == stamp:
                del self.items[key]

    def put(self, key: int, value: int, ttlMs: int, now: int) -> None:
        self.items.pop(key, None)
        self._drop_expired(now)
        if len(self.items) == self.capacity:
            self.items.popitem(last=False)
        self.stamp += 1
        self.items[key] = (value, now + ttlMs, self.stamp)
        heapq.heappush(self.expiry, (now + ttlMs, self.stamp, key))

    def get(self, key: int, now: int) -> int:
        item = self.items.get(key)
        if item is None or item[1] <= now:
            return -1
        self.items.move_to_end(key)
        return item[0]

    def size(self, now: int) -> int:
        self._drop_expired(now)
        return len(self.items)
