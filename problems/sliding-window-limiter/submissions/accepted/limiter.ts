interface ClientLog {
  times: number[];
  head: number; // index of the oldest timestamp still inside the window
}

class SlidingWindowLimiter {
  private readonly logs = new Map<string, ClientLog>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allow(clientId: string, timestampMs: number): boolean {
    let log = this.logs.get(clientId);
    if (!log) {
      log = { times: [], head: 0 };
      this.logs.set(clientId, log);
    }
    while (log.head < log.times.length && log.times[log.head] <= timestampMs - this.windowMs) log.head++;
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(timestampMs);
    return true;
  }
}
