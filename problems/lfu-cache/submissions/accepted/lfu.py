from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.uses = {}
        # uses -> keys with that many uses, oldest last use first
        self.buckets = defaultdict(OrderedDict)
        self.min_uses = 0

    def _touch(self, key: int) -> None:
        f = self.uses[key]
        bucket = self.buckets[f]
        del bucket[key]
        if not bucket:
            del self.buckets[f]
            if self.min_uses == f:
                self.min_uses = f + 1
        self.uses[key] = f + 1
        self.buckets[f + 1][key] = None

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key in self.values:
            self._touch(key)
        else:
            if len(self.values) >= self.capacity:
                bucket = self.buckets[self.min_uses]
                victim, _ = bucket.popitem(last=False)
                if not bucket:
                    del self.buckets[self.min_uses]
                del self.values[victim]
                del self.uses[victim]
            self.uses[key] = 1
            self.buckets[1][key] = None
            self.min_uses = 1
        self.values[key] = value
