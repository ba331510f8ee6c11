# Bug: refills only whole tokens per whole elapsed second and drops the remainder each call.
class TokenBucket:
    def __init__(self, capacity: int, refillPerSecond: int):
        self.capacity = capacity
        self.rate = refillPerSecond
        self.tokens = capacity
        self.last = None

    def allow(self, timestampMs: int, cost: int) -> bool:
        if self.last is not None:
            self.tokens = min(self.capacity, self.tokens + (timestampMs - self.last) // 1000 * self.rate)
        self.last = timestampMs
        if self.tokens >= cost:
            self.tokens -= cost
            return True
        return False
