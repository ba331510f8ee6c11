class Solution {
public:
    int countPaths(vector<vector<int>>& grid) {
        const long long mod = 1000000007LL;
        size_t cols = grid[0].size();
        vector<long long> ways(cols, 0);
        ways[0] = 1;
        for (const auto& row : grid) {
            for (size_t c = 0; c < cols; ++c) {
                if (row[c]) ways[c] = 0;
                else if (c) ways[c] = (ways[c] + ways[c - 1]) % mod;
            }
        }
        return (int) ways[cols - 1];
    }
};
