function maxBilling(start: number[], end: number[], pay: number[]): number {
  // Sort by start time and fill from the right: best[k] is the optimum using only jobs k..n-1.
  // Job k either is skipped or is followed by the first job that starts at or after it ends.
  const n = start.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => start[a] - start[b]);
  const starts = order.map((i) => start[i]);
  const best = new Array<number>(n + 1).fill(0);
  for (let k = n - 1; k >= 0; k--) {
    const i = order[k];
    let lo = k + 1, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < end[i]) lo = mid + 1; else hi = mid;
    }
    best[k] = Math.max(best[k + 1], pay[i] + best[lo]);
  }
  return best[0];
}
