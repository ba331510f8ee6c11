class TokenBucket:
    def __init__(self, capacity: int, refillPerSecond: int):
        # Levels are kept in milli-tokens so that every refill is an exact integer.
        self.cap_milli = capacity * 1000
        self.rate = refillPerSecond  # milli-tokens per millisecond
        self.level = self.cap_milli
        self.last = None

    def allow(self, timestampMs: int, cost: int) -> bool:
        if self.last is not None:
            self.level = min(self.cap_milli, self.level + (timestampMs - self.last) * self.rate)
        self.last = timestampMs
        if self.level >= cost * 1000:
            self.level -= cost * 1000
            return True
        return False
