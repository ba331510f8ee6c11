// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
var twoSum = function (nums, target) {
  const index = new Map();
  nums.forEach((x, i) => index.set(x, i));
  for (let i = 0; i < nums.length; i++) {
    const j = index.get(target - nums[i]);
    if (j !== undefined) return [i, j];
  }
  return [];
};
