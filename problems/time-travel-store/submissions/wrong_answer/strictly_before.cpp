// Bug: returns the latest version strictly before the timestamp (lower_bound instead of upper_bound).
class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        auto& h = history[key];
        if (!h.empty() && h.back().first == timestamp) h.back().second = value;
        else h.emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto& h = history[key];
        auto pos = lower_bound(h.begin(), h.end(), timestamp,
                               [](const pair<int, string>& p, int t) { return p.first < t; });
        return pos == h.begin() ? "" : prev(pos)->second;
    }
};
