function canFinish(numCourses: number, prerequisites: number[][]): boolean {
  // Iterative three-colour DFS: a grey node reached again means a cycle.
  const adj: number[][] = Array.from({ length: numCourses }, () => []);
  for (const [a, b] of prerequisites) adj[b].push(a);
  const colour = new Uint8Array(numCourses); // 0 white, 1 grey, 2 black
  const edgeIdx = new Int32Array(numCourses);
  for (let s = 0; s < numCourses; s++) {
    if (colour[s] !== 0) continue;
    const stack = [s];
    colour[s] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      if (edgeIdx[v] < adj[v].length) {
        const w = adj[v][edgeIdx[v]++];
        if (colour[w] === 1) return false;
        if (colour[w] === 0) {
          colour[w] = 1;
          stack.push(w);
        }
      } else {
        colour[v] = 2;
        stack.pop();
      }
    }
  }
  return true;
}
