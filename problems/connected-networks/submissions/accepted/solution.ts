function countComponents(n: number, edges: number[][]): number {
  // Iterative DFS over an adjacency list.
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
  const seen = new Uint8Array(n);
  let comps = 0;
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    comps++;
    seen[s] = 1;
    const stack = [s];
    while (stack.length > 0) {
      const v = stack.pop()!;
      for (const w of adj[v]) {
        if (!seen[w]) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
  }
  return comps;
}
