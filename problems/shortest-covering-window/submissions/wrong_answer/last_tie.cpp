// Correct sliding window, but `<=` keeps the last of several equally short windows.
class Solution {
public:
    vector<int> shortestWindow(vector<string>& events, vector<string>& required) {
        unordered_map<string, int> need;
        for (const string& r : required) need[r]++;
        int n = events.size(), missing = required.size(), bestLen = n + 1, bi = -1, bj = -1, i = 0;
        for (int j = 0; j < n; j++) {
            auto it = need.find(events[j]);
            if (it == need.end()) continue;
            if (it->second-- > 0) missing--;
            while (missing == 0) {
                if (j - i + 1 <= bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
                auto jt = need.find(events[i++]);
                if (jt != need.end() && ++jt->second > 0) missing++;
            }
        }
        return {bi, bj};
    }
};
