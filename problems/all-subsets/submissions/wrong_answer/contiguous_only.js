// Lists only contiguous slices (plus the empty set), missing subsets with gaps.
var subsets = function (nums) {
  const out = [[]];
  for (let i = 0; i < nums.length; i++)
    for (let j = i + 1; j <= nums.length; j++) out.push(nums.slice(i, j));
  return out;
};
