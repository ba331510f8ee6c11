class CircuitBreaker {
  constructor(failureThreshold, openMs) {
    this.threshold = failureThreshold;
    this.openMs = openMs;
    this.state = 'closed';
    this.failures = 0;
    this.openedAt = 0;
  }

  allowRequest(timestampMs) {
    if (this.state === 'closed') return true;
    if (this.state === 'open' && timestampMs - this.openedAt >= this.openMs) {
      this.state = 'half-open';
      return true;
    }
    return false;
  }

  recordSuccess(timestampMs) {
    if (this.state === 'open') return;
    this.state = 'closed';
    this.failures = 0;
  }

  recordFailure(timestampMs) {
    if (this.state === 'closed') {
      this.failures++;
      if (this.failures < this.threshold) return;
    } else if (this.state === 'open') {
      return;
    }
    this.state = 'open';
    this.openedAt = timestampMs;
  }
}
