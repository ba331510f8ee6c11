class RetryBudget:
    def __init__(self, ratioPercent: int, minRetries: int, windowMs: int):
        self.ratio = ratioPercent
        self.min_retries = minRetries
        self.window = windowMs
        self.requests = []
        self.retries = []

    def request(self, now: int) -> None:
        self.requests.append(now)

    def tryRetry(self, now: int) -> bool:
        # Recounts every event ever seen: O(n) per call.
        reqs = sum(1 for t in self.requests if t > now - self.window)
        rets = sum(1 for t in self.retries if t > now - self.window)
        if rets < self.min_retries + reqs * self.ratio // 100:
            self.retries.append(now)
            return True
        return False
