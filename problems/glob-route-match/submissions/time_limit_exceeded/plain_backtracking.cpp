// Plain recursion, no memoisation: a star either swallows one more character or ends. Exponential
// on patterns like "a*a*a*...*b" against a long run of "a"s.
class Solution {
    bool go(const string& s, const string& p, int i, int j) {
        if (j == (int)p.size()) return i == (int)s.size();
        if (p[j] == '*') {
            return go(s, p, i, j + 1) || (i < (int)s.size() && go(s, p, i + 1, j));
        }
        if (i < (int)s.size() && (p[j] == '?' || p[j] == s[i])) return go(s, p, i + 1, j + 1);
        return false;
    }

public:
    bool isMatch(string path, string pattern) {
        return go(path, pattern, 0, 0);
    }
};
