type BreakerState = 'closed' | 'open' | 'half-open';

class CircuitBreaker {
  private state: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;

  constructor(
    private readonly failureThreshold: number,
    private readonly openMs: number,
  ) {}

  allowRequest(timestampMs: number): boolean {
    switch (this.state) {
      case 'closed':
        return true;
      case 'open':
        if (timestampMs - this.openedAt < this.openMs) return false;
        this.state = 'half-open';
        return true;
      default:
        return false;
    }
  }

  recordSuccess(_timestampMs: number): void {
    if (this.state === 'open') return; // late result from before the breaker opened
    this.state = 'closed';
    this.failures = 0;
  }

  recordFailure(timestampMs: number): void {
    if (this.state === 'open') return;
    if (this.state === 'closed' && ++this.failures < this.failureThreshold) return;
    this.state = 'open';
    this.openedAt = timestampMs;
  }
}
