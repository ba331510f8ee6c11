class Solution {
public:
    vector<vector<string>> joinTables(vector<vector<string>>& users, vector<vector<string>>& orders) {
        unordered_map<string, string> nameOf;
        for (auto& u : users) nameOf[u[0]] = u[1];
        vector<tuple<long long, long long, int>> keys;  // (user id, order id, order index)
        for (int i = 0; i < (int)orders.size(); i++)
            if (nameOf.count(orders[i][1])) keys.emplace_back(stoll(orders[i][1]), stoll(orders[i][0]), i);
        sort(keys.begin(), keys.end());
        vector<vector<string>> rows;
        for (auto& [uid, oid, i] : keys) {
            auto& o = orders[i];
            rows.push_back({o[1], nameOf[o[1]], o[0], o[2]});
        }
        return rows;
    }
};
