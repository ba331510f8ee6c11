// Forgets the empty subset: the masks start at 1.
function subsets(nums: number[]): number[][] {
  const out: number[][] = [];
  for (let mask = 1; mask < 1 << nums.length; mask++) {
    out.push(nums.filter((_, i) => (mask >> i) & 1));
  }
  return out;
}
