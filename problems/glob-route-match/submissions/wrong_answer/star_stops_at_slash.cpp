// Lets '*' match only within one path segment (like a shell glob), so "/admin/*" rejects
// "/admin/users/7/roles".
class Solution {
public:
    bool isMatch(string path, string pattern) {
        int n = path.size(), m = pattern.size();
        vector<vector<char>> dp(m + 1, vector<char>(n + 1, 0));
        dp[0][0] = 1;
        for (int j = 1; j <= m; j++) {
            char c = pattern[j - 1];
            for (int i = 0; i <= n; i++) {
                if (c == '*') {
                    dp[j][i] = dp[j - 1][i] || (i > 0 && path[i - 1] != '/' && dp[j][i - 1]);
                } else if (i > 0) {
                    dp[j][i] = dp[j - 1][i - 1] && (c == '?' || c == path[i - 1]);
                }
            }
        }
        return dp[m][n];
    }
};
