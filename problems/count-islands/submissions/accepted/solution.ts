function numIslands(grid: number[][]): number {
  const m = grid.length;
  const n = grid[0].length;
  const parent = Array.from({ length: m * n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  let count = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] !== 1) continue;
      count++;
      for (const [a, b] of [[i - 1, j], [i, j - 1]]) {
        if (a >= 0 && b >= 0 && grid[a][b] === 1) {
          const x = find(i * n + j);
          const y = find(a * n + b);
          if (x !== y) {
            parent[x] = y;
            count--;
          }
        }
      }
    }
  }
  return count;
}
