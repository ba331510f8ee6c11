class TimeMap {
  constructor() {
    this.history = new Map(); // key -> { times: number[], values: string[] }
  }

  set(key, value, timestamp) {
    let h = this.history.get(key);
    if (!h) {
      h = { times: [], values: [] };
      this.history.set(key, h);
    }
    const n = h.times.length;
    if (n > 0 && h.times[n - 1] === timestamp) h.values[n - 1] = value;
    else {
      h.times.push(timestamp);
      h.values.push(value);
    }
  }

  get(key, timestamp) {
    const h = this.history.get(key);
    if (!h) return '';
    let lo = 0;
    let hi = h.times.length; // first index with time > timestamp
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (h.times[mid] <= timestamp) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? h.values[lo - 1] : '';
  }
}
