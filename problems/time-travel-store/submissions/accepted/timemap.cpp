class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;  // per key, increasing timestamps

public:
    TimeMap() {}

    void set(string key, string value, int timestamp) {
        auto& h = history[key];
        if (!h.empty() && h.back().first == timestamp) h.back().second = value;
        else h.emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        auto& h = it->second;
        auto pos = upper_bound(h.begin(), h.end(), timestamp,
                               [](int t, const pair<int, string>& p) { return t < p.first; });
        return pos == h.begin() ? "" : prev(pos)->second;
    }
};
