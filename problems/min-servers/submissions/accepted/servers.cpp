class Solution {
public:
    int minServers(vector<vector<int>>& jobs) {
        vector<pair<int, int>> events;  // (time, +1 start / -1 end); ends sort first at equal times
        for (auto& j : jobs) {
            events.push_back({j[0], 1});
            events.push_back({j[1], -1});
        }
        sort(events.begin(), events.end());
        int busy = 0, best = 0;
        for (auto& [t, d] : events) {
            busy += d;
            best = max(best, busy);
        }
        return best;
    }
};
