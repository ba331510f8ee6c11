function countLaterLower(latency: number[]): number[] {
  // Merge sort on indices: when an element of the left half is placed, every element already
  // taken from the right half is a later, strictly lower deploy.
  const n = latency.length;
  let idx = new Int32Array(n);
  let buf = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const out: number[] = new Array(n).fill(0);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n);
      let i = lo, j = mid, k = lo;
      while (i < mid || j < hi) {
        if (j === hi || (i < mid && latency[idx[i]] <= latency[idx[j]])) {
          out[idx[i]] += j - mid;
          buf[k++] = idx[i++];
        } else {
          buf[k++] = idx[j++];
        }
      }
    }
    const t = idx; idx = buf; buf = t;
  }
  return out;
}
