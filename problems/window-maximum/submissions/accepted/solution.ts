function maxSlidingWindow(nums: number[], k: number): number[] {
  // Block maxima: prefix maxima within blocks of k and suffix maxima, combined per window.
  const n = nums.length;
  const pre = new Array<number>(n);
  const suf = new Array<number>(n);
  for (let i = 0; i < n; i++) pre[i] = i % k === 0 ? nums[i] : Math.max(pre[i - 1], nums[i]);
  for (let i = n - 1; i >= 0; i--) suf[i] = i === n - 1 || (i + 1) % k === 0 ? nums[i] : Math.max(suf[i + 1], nums[i]);
  const out: number[] = [];
  for (let i = 0; i + k <= n; i++) out.push(Math.max(suf[i], pre[i + k - 1]));
  return out;
}
