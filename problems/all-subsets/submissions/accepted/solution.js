var subsets = function (nums) {
  const out = [];
  const current = [];
  const build = (i) => {
    if (i === nums.length) {
      out.push([...current]);
      return;
    }
    build(i + 1);
    current.push(nums[i]);
    build(i + 1);
    current.pop();
  };
  build(0);
  return out;
};
