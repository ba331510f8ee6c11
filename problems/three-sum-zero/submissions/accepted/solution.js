var threeSum = function (nums) {
  const a = Int32Array.from(nums).sort();
  const n = a.length, out = [];
  for (let i = 0; i < n - 2 && a[i] <= 0; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1, hi = n - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s < 0) lo++;
      else if (s > 0) hi--;
      else {
        out.push([a[i], a[lo], a[hi]]);
        lo++;
        while (lo < hi && a[lo] === a[lo - 1]) lo++;
        hi--;
      }
    }
  }
  return out;
};
