class Solution {
public:
    int minDistance(string word1, string word2) {
        int m = word2.size();
        vector<int> prev(m + 1), cur(m + 1);
        iota(prev.begin(), prev.end(), 0);
        for (size_t i = 1; i <= word1.size(); i++) {
            cur[0] = i;
            for (int j = 1; j <= m; j++)
                cur[j] = word1[i - 1] == word2[j - 1] ? prev[j - 1] : 1 + min({prev[j - 1], prev[j], cur[j - 1]});
            swap(prev, cur);
        }
        return prev[m];
    }
};
