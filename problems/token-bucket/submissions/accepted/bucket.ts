class TokenBucket {
  private readonly capMilli: number;
  private level: number;
  private last: number | null = null;

  constructor(capacity: number, private readonly refillPerSecond: number) {
    // Milli-tokens: refill per elapsed millisecond is exactly refillPerSecond.
    this.capMilli = capacity * 1000;
    this.level = this.capMilli;
  }

  allow(timestampMs: number, cost: number): boolean {
    if (this.last !== null) {
      this.level = Math.min(this.capMilli, this.level + (timestampMs - this.last) * this.refillPerSecond);
    }
    this.last = timestampMs;
    if (this.level < cost * 1000) return false;
    this.level -= cost * 1000;
    return true;
  }
}
