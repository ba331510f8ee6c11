from collections import OrderedDict


class TtlLruCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items = OrderedDict()  # key -> (value, expires_at)

    def _drop_expired(self, now: int) -> None:
        # Scans every entry: O(capacity) per call.
        for key in [k for k, (v, exp) in self.items.items() if exp <= now]:
            del self.items[key]

    def put(self, key: int, value: int, ttlMs: int, now: int) -> None:
        self.items.pop(key, None)
        self._drop_expired(now)
        if len(self.items) == self.capacity:
            self.items.popitem(last=False)
        self.items[key] = (value, now + ttlMs)

    def get(self, key: int, now: int) -> int:
        item = self.items.get(key)
        if item is None or item[1] <= now:
            return -1
        self.items.move_to_end(key)
        return item[0]

    def size(self, now: int) -> int:
        self._drop_expired(now)
        return len(self.items)
