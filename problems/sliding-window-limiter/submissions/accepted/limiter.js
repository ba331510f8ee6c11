// Per client: an array used as a queue with a moving head index (amortised O(1) per call).
class SlidingWindowLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.logs = new Map();
  }

  allow(clientId, timestampMs) {
    let log = this.logs.get(clientId);
    if (!log) {
      log = { times: [], head: 0 };
      this.logs.set(clientId, log);
    }
    while (log.head < log.times.length && log.times[log.head] <= timestampMs - this.windowMs) log.head++;
    if (log.head > 1024 && log.head * 2 > log.times.length) {
      log.times = log.times.slice(log.head);
      log.head = 0;
    }
    if (log.times.length - log.head >= this.limit) return false;
    log.times.push(timestampMs);
    return true;
  }
}
