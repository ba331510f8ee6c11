function largestBlock(free: number[]): number {
  // Two passes: nearest strictly lower minute on each side, then every minute's block.
  const n = free.length;
  const left = new Int32Array(n);
  const right = new Int32Array(n);
  const st: number[] = [];
  for (let i = 0; i < n; i++) {
    while (st.length && free[st[st.length - 1]] >= free[i]) st.pop();
    left[i] = st.length ? st[st.length - 1] : -1;
    st.push(i);
  }
  st.length = 0;
  for (let i = n - 1; i >= 0; i--) {
    while (st.length && free[st[st.length - 1]] >= free[i]) st.pop();
    right[i] = st.length ? st[st.length - 1] : n;
    st.push(i);
  }
  let best = 0;
  for (let i = 0; i < n; i++) best = Math.max(best, free[i] * (right[i] - left[i] - 1));
  return best;
}
