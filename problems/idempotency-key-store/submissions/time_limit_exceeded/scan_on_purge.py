class IdempotencyStore:
    def __init__(self, ttlMs: int):
        self.ttl = ttlMs
        self.entries = {}

    def store(self, key: str, requestHash: str, response: str, now: int) -> str:
        e = self.entries.get(key)
        if e is None or now >= e[0] + self.ttl:
            self.entries[key] = (now, requestHash, response)
            return response
        return e[2] if e[1] == requestHash else "CONFLICT"

    def lookup(self, key: str, now: int) -> str:
        e = self.entries.get(key)
        return e[2] if e is not None and now < e[0] + self.ttl else ""

    def purge(self, now: int) -> int:
        # Scans every key on every purge: O(k) per call.
        dead = [k for k, e in self.entries.items() if now >= e[0] + self.ttl]
        for k in dead:
            del self.entries[k]
        return len(dead)
