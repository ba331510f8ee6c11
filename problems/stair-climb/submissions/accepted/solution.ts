function climbStairs(n: number): number {
  let prev = 1;
  let cur = 1;
  for (let i = 1; i < n; i++) {
    const next = prev + cur;
    prev = cur;
    cur = next;
  }
  return cur;
}
