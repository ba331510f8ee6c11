// Tries every start with a fresh copy of the counts and scans right: O(n^2) hash lookups.
class Solution {
public:
    vector<int> shortestWindow(vector<string>& events, vector<string>& required) {
        unordered_map<string, int> total;
        for (const string& r : required) total[r]++;
        int n = events.size(), bestLen = n + 1, bi = -1, bj = -1;
        for (int i = 0; i < n; i++) {
            unordered_map<string, int> need = total;
            int missing = required.size();
            for (int j = i; j < n; j++) {
                auto it = need.find(events[j]);
                if (it != need.end() && it->second-- > 0) missing--;
                if (missing == 0) {
                    if (j - i + 1 < bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
                    break;
                }
            }
        }
        return {bi, bj};
    }
};
