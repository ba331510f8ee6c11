var largestBlock = function (free) {
  const n = free.length;
  const st = new Int32Array(n + 1);
  let top = 0, best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i < n ? free[i] : -1;
    while (top > 0 && free[st[top - 1]] >= h) {
      const c = free[st[--top]];
      const left = top > 0 ? st[top - 1] + 1 : 0;
      best = Math.max(best, c * (i - left)); // below 10^14 < 2^53: exact in a double
    }
    st[top++] = i;
  }
  return best;
};
