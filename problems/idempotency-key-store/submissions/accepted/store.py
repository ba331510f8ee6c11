from collections import deque


class IdempotencyStore:
    def __init__(self, ttlMs: int):
        self.ttl = ttlMs
        self.entries = {}  # key -> (stored_at, request_hash, response)
        self.order = deque()  # (stored_at, key): expiry order, since the TTL is shared

    def store(self, key: str, requestHash: str, response: str, now: int) -> str:
        e = self.entries.get(key)
        if e is None or now >= e[0] + self.ttl:
            self.entries[key] = (now, requestHash, response)
            self.order.append((now, key))
            return response
        return e[2] if e[1] == requestHash else "CONFLICT"

    def lookup(self, key: str, now: int) -> str:
        e = self.entries.get(key)
        return e[2] if e is not None and now < e[0] + self.ttl else ""

    def purge(self, now: int) -> int:
        removed = 0
        while self.order and now >= self.order[0][0] + self.ttl:
            stored_at, key = self.order.popleft()
            e = self.entries.get(key)
            if e is not None and e[0] == stored_at:
                del self.entries[key]
                removed += 1
        return removed
