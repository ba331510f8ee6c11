// Counts in 32 bits (| 0 wraps like a C int), which overflows from n = 46 on.
function climbStairs(n: number): number {
  let prev = 1;
  let cur = 1;
  for (let i = 1; i < n; i++) {
    const next = (prev + cur) | 0;
    prev = cur;
    cur = next;
  }
  return cur;
}
