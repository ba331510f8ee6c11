class Solution {
public:
    vector<string> migrationOrder(vector<string>& names, vector<vector<string>>& deps) {
        unordered_map<string, int> id;
        for (int i = 0; i < (int)names.size(); i++) id[names[i]] = i;
        vector<int> waiting(names.size(), 0);
        vector<vector<int>> unblocks(names.size());
        for (auto& d : deps) {
            unblocks[id[d[1]]].push_back(id[d[0]]);
            waiting[id[d[0]]]++;
        }
        auto cmp = [&](int a, int b) { return names[a] > names[b]; };  // min-heap by name
        priority_queue<int, vector<int>, decltype(cmp)> ready(cmp);
        for (int i = 0; i < (int)names.size(); i++)
            if (waiting[i] == 0) ready.push(i);
        vector<string> order;
        while (!ready.empty()) {
            int n = ready.top();
            ready.pop();
            order.push_back(names[n]);
            for (int m : unblocks[n])
                if (--waiting[m] == 0) ready.push(m);
        }
        if (order.size() != names.size()) return {};
        return order;
    }
};
