var findKthLargest = function (nums, k) {
  // Counting sort over the bounded value range.
  const count = new Int32Array(20001);
  for (const x of nums) count[x + 10000]++;
  for (let v = 20000; v >= 0; v--) {
    k -= count[v];
    if (k <= 0) return v - 10000;
  }
  return -1;
};
