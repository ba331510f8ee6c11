// Bug: on a cycle returns the migrations it managed to order instead of [].
class Solution {
public:
    vector<string> migrationOrder(vector<string>& names, vector<vector<string>>& deps) {
        map<string, int> waiting;
        map<string, vector<string>> unblocks;
        for (auto& n : names) waiting[n] = 0;
        for (auto& d : deps) {
            unblocks[d[1]].push_back(d[0]);
            waiting[d[0]]++;
        }
        set<string> ready;
        for (auto& [n, w] : waiting)
            if (w == 0) ready.insert(n);
        vector<string> order;
        while (!ready.empty()) {
            string n = *ready.begin();
            ready.erase(ready.begin());
            order.push_back(n);
            for (auto& m : unblocks[n])
                if (--waiting[m] == 0) ready.insert(m);
        }
        return order;
    }
};
