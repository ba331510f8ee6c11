# Bug: logs rejected requests too, so a client under constant pressure is locked out forever.
from collections import defaultdict, deque


class SlidingWindowLimiter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.logs = defaultdict(deque)

    def allow(self, clientId: str, timestampMs: int) -> bool:
        log = self.logs[clientId]
        while log and log[0] <= timestampMs - self.window:
            log.popleft()
        log.append(timestampMs)
        return len(log) <= self.limit
