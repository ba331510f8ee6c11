from collections import deque


class RetryBudget:
    def __init__(self, ratioPercent: int, minRetries: int, windowMs: int):
        self.ratio = ratioPercent
        self.min_retries = minRetries
        self.window = windowMs
        self.requests = deque()  # times of first attempts in the window
        self.retries = deque()  # times of granted retries in the window

    def _slide(self, now: int) -> None:
        for q in (self.requests, self.retries):
            while q and q[0] <= now - self.window:
                q.popleft()

    def request(self, now: int) -> None:
        self._slide(now)
        self.requests.append(now)

    def tryRetry(self, now: int) -> bool:
        self._slide(now)
        # Bug: denied retries are recorded too, so a retry storm locks out the budget.
        allowed = len(self.retries) < self.min_retries + len(self.requests) * self.ratio // 100
        self.retries.append(now)
        return allowed
