# Bug: once the open period is over, every request goes through until a result arrives.
class CircuitBreaker:
    def __init__(self, failureThreshold: int, openMs: int):
        self.threshold, self.open_ms = failureThreshold, openMs
        self.state, self.failures, self.opened_at = "closed", 0, 0

    def allowRequest(self, timestampMs: int) -> bool:
        if self.state == "open" and timestampMs - self.opened_at >= self.open_ms:
            self.state = "half-open"
        return self.state != "open"

    def recordSuccess(self, timestampMs: int) -> None:
        if self.state != "open":
            self.state, self.failures = "closed", 0

    def recordFailure(self, timestampMs: int) -> None:
        if self.state == "closed":
            self.failures += 1
            if self.failures >= self.threshold:
                self.state, self.opened_at = "open", timestampMs
        elif self.state == "half-open":
            self.state, self.opened_at = "open", timestampMs
