function trap(height: number[]): number {
  // Monotonic stack: each time a taller bar arrives, fill the basin bounded by it and the stack.
  const stack: number[] = [];
  let water = 0;
  for (let i = 0; i < height.length; i++) {
    while (stack.length > 0 && height[i] > height[stack[stack.length - 1]]) {
      const bottom = stack.pop()!;
      if (stack.length === 0) break;
      const left = stack[stack.length - 1];
      const level = Math.min(height[left], height[i]) - height[bottom];
      water += level * (i - left - 1);
    }
    stack.push(i);
  }
  return water;
}
