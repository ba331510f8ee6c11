# Bug: overwriting an existing key does not count as a use.
from collections import OrderedDict, defaultdict


class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.uses = {}
        self.buckets = defaultdict(OrderedDict)
        self.min_uses = 0

    def _touch(self, key: int) -> None:
        f = self.uses[key]
        del self.buckets[f][key]
        if not self.buckets[f]:
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
        if key not in self.values:
            if len(self.values) >= self.capacity:
                victim, _ = self.buckets[self.min_uses].popitem(last=False)
                if not self.buckets[self.min_uses]:
                    del self.buckets[self.min_uses]
                del self.values[victim]
                del self.uses[victim]
            self.uses[key] = 1
            self.buckets[1][key] = None
            self.min_uses = 1
        self.values[key] = value
