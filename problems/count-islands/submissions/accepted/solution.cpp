class Solution {
public:
    int numIslands(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        vector<pair<int, int>> stack;
        const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != 1) continue;
                count++;
                grid[i][j] = 2;
                stack.push_back({i, j});
                while (!stack.empty()) {
                    auto [r, c] = stack.back();
                    stack.pop_back();
                    for (int d = 0; d < 4; d++) {
                        int a = r + dr[d], b = c + dc[d];
                        if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1) {
                            grid[a][b] = 2;
                            stack.push_back({a, b});
                        }
                    }
                }
            }
        }
        return count;
    }
};
