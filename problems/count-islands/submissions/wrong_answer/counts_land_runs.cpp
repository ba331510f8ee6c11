// Counts horizontal runs of land that have no land directly above their first cell: misses islands
// that connect through a later cell of the run.
class Solution {
public:
    int numIslands(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), count = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (grid[i][j] == 1 && (j == 0 || grid[i][j - 1] == 0) && (i == 0 || grid[i - 1][j] == 0)) count++;
        return count;
    }
};
