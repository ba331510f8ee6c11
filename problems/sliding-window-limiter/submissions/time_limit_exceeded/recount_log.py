# Correct but recounts the whole log of a client on every call: O(n) per request.
class SlidingWindowLimiter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.logs = {}

    def allow(self, clientId: str, timestampMs: int) -> bool:
        log = self.logs.setdefault(clientId, [])
        recent = 0
        for s in log:
            if s > timestampMs - self.window:
                recent += 1
        if recent >= self.limit:
            return False
        log.append(timestampMs)
        return True
