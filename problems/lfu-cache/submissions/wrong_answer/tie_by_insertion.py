# Bug: breaks ties by insertion time instead of time of last use.
class LFUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.values, self.uses, self.born = {}, {}, {}
        self.clock = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self.uses[key] += 1
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        self.clock += 1
        if key in self.values:
            self.uses[key] += 1
        else:
            if len(self.values) >= self.capacity:
                victim = min(self.values, key=lambda k: (self.uses[k], self.born[k]))
                del self.values[victim], self.uses[victim], self.born[victim]
            self.uses[key] = 1
            self.born[key] = self.clock
        self.values[key] = value
