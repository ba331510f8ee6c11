CLOSED, OPEN, HALF_OPEN = 0, 1, 2


class CircuitBreaker:
    def __init__(self, failureThreshold: int, openMs: int):
        self.threshold = failureThreshold
        self.open_ms = openMs
        self.state = CLOSED
        self.failures = 0
        self.opened_at = 0

    def allowRequest(self, timestampMs: int) -> bool:
        if self.state == CLOSED:
            return True
        if self.state == OPEN and timestampMs - self.opened_at >= self.open_ms:
            self.state = HALF_OPEN  # this caller carries the single trial request
            return True
        return False

    def recordSuccess(self, timestampMs: int) -> None:
        if self.state != OPEN:
            self.state = CLOSED
            self.failures = 0

    def recordFailure(self, timestampMs: int) -> None:
        if self.state == CLOSED:
            self.failures += 1
            if self.failures >= self.threshold:
                self.state, self.opened_at = OPEN, timestampMs
        elif self.state == HALF_OPEN:
            self.state, self.opened_at = OPEN, timestampMs
