class FixedWindowCounter:
    def __init__(self, limit: int, windowMs: int):
        self.limit = limit
        self.window = windowMs
        self.counts = {}  # client -> (window index, requests allowed in it)

    def _count(self, client: str, now: int) -> int:
        index, count = self.counts.get(client, (None, 0))
        return count if index == now // self.window else 0

    def allow(self, clientId: str, now: int) -> bool:
        count = self._count(clientId, now)
        if count >= self.limit:
            return False
        self.counts[clientId] = (now // self.window, count + 1)
        return True

    def remaining(self, clientId: str, now: int) -> int:
        return self.limit - self._count(clientId, now)
