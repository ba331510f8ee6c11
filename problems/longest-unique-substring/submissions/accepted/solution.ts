function lengthOfLongestSubstring(s: string): number {
  const last = new Int32Array(128).fill(-1);
  let left = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (last[c] >= left) left = last[c] + 1;
    last[c] = i;
    best = Math.max(best, i - left + 1);
  }
  return best;
}
