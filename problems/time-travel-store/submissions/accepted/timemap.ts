class TimeMap {
  private readonly times = new Map<string, number[]>();
  private readonly values = new Map<string, string[]>();

  set(key: string, value: string, timestamp: number): void {
    let ts = this.times.get(key);
    let vs = this.values.get(key);
    if (!ts || !vs) {
      ts = [];
      vs = [];
      this.times.set(key, ts);
      this.values.set(key, vs);
    }
    if (ts.length > 0 && ts[ts.length - 1] === timestamp) {
      vs[vs.length - 1] = value;
    } else {
      ts.push(timestamp);
      vs.push(value);
    }
  }

  get(key: string, timestamp: number): string {
    const ts = this.times.get(key);
    if (!ts) return '';
    let lo = 0;
    let hi = ts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ts[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.values.get(key)![lo - 1] : '';
  }
}
