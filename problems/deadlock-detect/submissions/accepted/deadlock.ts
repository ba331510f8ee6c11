function hasDeadlock(waitsFor: string[][]): boolean {
  // Iterative three-colour DFS (no recursion: chains can be very long).
  const graph = new Map<string, string[]>();
  for (const [a, b] of waitsFor) {
    if (!graph.has(a)) graph.set(a, []);
    if (!graph.has(b)) graph.set(b, []);
    graph.get(a)!.push(b);
  }
  const state = new Map<string, number>(); // 1 = on the current path, 2 = finished
  for (const start of graph.keys()) {
    if (state.has(start)) continue;
    const stack: Array<[string, number]> = [[start, 0]];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const next = graph.get(top[0])!;
      if (top[1] === next.length) {
        state.set(top[0], 2);
        stack.pop();
        continue;
      }
      const m = next[top[1]++];
      const s = state.get(m);
      if (s === 1) return true;
      if (s === undefined) {
        state.set(m, 1);
        stack.push([m, 0]);
      }
    }
  }
  return false;
}
