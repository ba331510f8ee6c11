var maxBilling = function (start, end, pay) {
  const n = start.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => end[a] - end[b]);
  const ends = order.map((i) => end[i]);
  const best = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    let lo = 0, hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] <= start[i]) lo = mid + 1; else hi = mid;
    }
    best[k + 1] = Math.max(best[k], best[lo] + pay[i]);
  }
  return best[n];
};
