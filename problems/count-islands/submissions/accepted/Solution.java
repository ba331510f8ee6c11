class Solution {
    public int numIslands(int[][] grid) {
        int m = grid.length, n = grid[0].length, count = 0;
        int[] queue = new int[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != 1) continue;
                count++;
                grid[i][j] = 2;
                int head = 0, tail = 0;
                queue[tail++] = i * n + j;
                while (head < tail) {
                    int r = queue[head] / n, c = queue[head] % n;
                    head++;
                    int[][] next = {{r + 1, c}, {r - 1, c}, {r, c + 1}, {r, c - 1}};
                    for (int[] p : next) {
                        if (p[0] >= 0 && p[0] < m && p[1] >= 0 && p[1] < n && grid[p[0]][p[1]] == 1) {
                            grid[p[0]][p[1]] = 2;
                            queue[tail++] = p[0] * n + p[1];
                        }
                    }
                }
            }
        }
        return count;
    }
}
