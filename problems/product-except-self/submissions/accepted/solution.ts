function productExceptSelf(nums: number[]): number[] {
  const n = nums.length;
  const out = new Array<number>(n);
  let prefix = 1;
  for (let i = 0; i < n; i++) {
    out[i] = prefix;
    prefix *= nums[i];
  }
  let suffix = 1;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = out[i] * suffix + 0; // + 0 turns -0 into 0
    suffix *= nums[i];
  }
  return out;
}
