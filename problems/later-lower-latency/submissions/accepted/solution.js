var countLaterLower = function (latency) {
  const n = latency.length;
  const vals = Int32Array.from(latency).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || vals[i] !== vals[i - 1]) vals[m++] = vals[i];
  const tree = new Int32Array(m + 1);
  const out = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const x = latency[i];
    let lo = 0, hi = m;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (vals[mid] < x) lo = mid + 1; else hi = mid;
    }
    let r = lo + 1, s = 0;
    for (let j = r - 1; j > 0; j -= j & -j) s += tree[j];
    out[i] = s;
    for (; r <= m; r += r & -r) tree[r]++;
  }
  return out;
};
