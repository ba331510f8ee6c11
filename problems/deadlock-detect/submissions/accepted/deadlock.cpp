class Solution {
public:
    bool hasDeadlock(vector<vector<string>>& waitsFor) {
        unordered_map<string, int> id;
        auto idOf = [&](const string& s) {
            auto it = id.find(s);
            if (it != id.end()) return it->second;
            int v = id.size();
            id[s] = v;
            return v;
        };
        vector<pair<int, int>> edges;
        for (auto& e : waitsFor) {
            int a = idOf(e[0]);
            int b = idOf(e[1]);
            edges.push_back({a, b});
        }
        int n = id.size();
        vector<int> indeg(n, 0);
        vector<vector<int>> out(n);
        for (auto [a, b] : edges) {
            out[a].push_back(b);
            indeg[b]++;
        }
        vector<int> queue;
        for (int i = 0; i < n; i++)
            if (indeg[i] == 0) queue.push_back(i);
        for (size_t head = 0; head < queue.size(); head++)
            for (int m : out[queue[head]])
                if (--indeg[m] == 0) queue.push_back(m);
        return (int)queue.size() < n;
    }
};
