class Solution {
public:
    vector<int> shortestWindow(vector<string>& events, vector<string>& required) {
        unordered_map<string, int> ids;
        ids.reserve(required.size() * 2 + 1);
        vector<int> need;
        for (const string& r : required) {
            auto it = ids.find(r);
            if (it == ids.end()) {
                it = ids.emplace(r, (int)need.size()).first;
                need.push_back(0);
            }
            need[it->second]++;
        }
        int n = events.size();
        vector<int> ev(n);
        for (int j = 0; j < n; j++) {
            auto it = ids.find(events[j]);
            ev[j] = it == ids.end() ? -1 : it->second;
        }
        int missing = required.size(), bestLen = n + 1, bi = -1, bj = -1, i = 0;
        for (int j = 0; j < n; j++) {
            int e = ev[j];
            if (e < 0) continue;
            if (need[e]-- > 0) missing--;
            while (missing == 0) {
                if (j - i + 1 < bestLen) { bestLen = j - i + 1; bi = i; bj = j; }
                int s = ev[i++];
                if (s >= 0 && ++need[s] > 0) missing++;
            }
        }
        return {bi, bj};
    }
};
