// Counts in 32 bits (| 0 wraps like a C int), which overflows from n = 46 on.
var climbStairs = function (n) {
  let prev = 1, cur = 1;
  for (let i = 1; i < n; i++) [prev, cur] = [cur, (prev + cur) | 0];
  return cur;
};
