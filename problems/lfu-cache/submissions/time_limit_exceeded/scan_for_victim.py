# Correct but O(capacity) per eviction: scans all entries for the victim.
class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values, self.uses, self.last = {}, {}, {}
        self.clock = 0

    def get(self, key: int) -> int:
        self.clock += 1
        if key not in self.values:
            return -1
        self.uses[key] += 1
        self.last[key] = self.clock
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key in self.values:
            self.uses[key] += 1
        else:
            if len(self.values) >= self.capacity:
                victim, best = None, None
                for k in self.values:
                    cand = (self.uses[k], self.last[k])
                    if best is None or cand < best:
                        victim, best = k, cand
                del self.values[victim], self.uses[victim], self.last[victim]
            self.uses[key] = 1
        self.values[key] = value
        self.last[key] = self.clock
