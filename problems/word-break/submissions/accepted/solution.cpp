class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        size_t longest = 0;
        for (const auto& w : wordDict) longest = max(longest, w.size());
        size_t n = s.size();
        vector<bool> ok(n + 1, false);
        ok[0] = true;
        for (size_t i = 1; i <= n; ++i) {
            for (size_t j = i > longest ? i - longest : 0; j < i && !ok[i]; ++j) {
                if (ok[j] && words.count(s.substr(j, i - j))) ok[i] = true;
            }
        }
        return ok[n];
    }
};
