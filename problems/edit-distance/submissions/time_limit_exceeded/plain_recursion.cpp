// Tries all three edits recursively without memoisation: exponential.
class Solution {
    int go(const string& a, const string& b, int i, int j) {
        if (i == (int)a.size()) return b.size() - j;
        if (j == (int)b.size()) return a.size() - i;
        if (a[i] == b[j]) return go(a, b, i + 1, j + 1);
        return 1 + min({go(a, b, i + 1, j + 1), go(a, b, i + 1, j), go(a, b, i, j + 1)});
    }

public:
    int minDistance(string word1, string word2) { return go(word1, word2, 0, 0); }
};
