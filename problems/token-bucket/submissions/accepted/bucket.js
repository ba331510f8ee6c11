class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capMilli = capacity * 1000; // levels in milli-tokens: exact integers
    this.rate = refillPerSecond; // milli-tokens per millisecond
    this.level = this.capMilli;
    this.last = null;
  }

  allow(timestampMs, cost) {
    if (this.last !== null) {
      // elapsed * rate <= 10^15 < 2^53, so this stays exact in a double.
      this.level = Math.min(this.capMilli, this.level + (timestampMs - this.last) * this.rate);
    }
    this.last = timestampMs;
    if (this.level >= cost * 1000) {
      this.level -= cost * 1000;
      return true;
    }
    return false;
  }
}
