var numIslands = function (grid) {
  const m = grid.length, n = grid[0].length;
  let count = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      if (grid[i][j] !== 1) continue;
      count++;
      grid[i][j] = 2;
      const stack = [[i, j]];
      while (stack.length > 0) {
        const [r, c] = stack.pop();
        for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
          if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1) {
            grid[a][b] = 2;
            stack.push([a, b]);
          }
        }
      }
    }
  }
  return count;
};
