# Correct but O(capacity) per eviction: scans every entry for the oldest timestamp.
class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values = {}
        self.used = {}
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.clock += 1
        self.used[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key not in self.values and len(self.values) >= self.capacity:
            oldest, oldest_time = None, None
            for k in self.used:
                if oldest_time is None or self.used[k] < oldest_time:
                    oldest, oldest_time = k, self.used[k]
            del self.values[oldest]
            del self.used[oldest]
        self.values[key] = value
        self.used[key] = self.clock
