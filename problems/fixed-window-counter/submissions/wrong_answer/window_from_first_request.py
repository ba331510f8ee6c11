class FixedWindowCounter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.counts = {}  # client -> (window start, count)

    def _count(self, client: str, now: int) -> int:
        start, count = self.counts.get(client, (None, 0))
        # Bug: the window starts at the client's first request instead of a multiple of windowMs.
        return count if start is not None and now < start + self.window else 0

    def allow(self, clientId: str, now: int) -> bool:
        count = self._count(clientId, now)
        if count >= self.limit:
            return False
        start = self.counts[clientId][0] if count else now
        self.counts[clientId] = (start, count + 1)
        return True

    def remaining(self, clientId: str, now: int) -> int:
        return self.limit - self._count(clientId, now)
