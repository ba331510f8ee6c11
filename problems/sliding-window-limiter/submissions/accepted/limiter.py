from collections import defaultdict, deque


class SlidingWindowLimiter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.logs = defaultdict(deque)  # client -> accepted timestamps, oldest first

    def allow(self, clientId: str, timestampMs: int) -> bool:
        log = self.logs[clientId]
        while log and log[0] <= timestampMs - self.window:
            log.popleft()
        if len(log) >= self.limit:
            return False
        log.append(timestampMs)
        return True
