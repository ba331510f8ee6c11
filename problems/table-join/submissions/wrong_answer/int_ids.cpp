// Bug: parses ids as 32-bit ints (stoi throws on ids above 2^31 - 1).
class Solution {
public:
    vector<vector<string>> joinTables(vector<vector<string>>& users, vector<vector<string>>& orders) {
        map<string, string> nameOf;
        for (auto& u : users) nameOf[u[0]] = u[1];
        vector<vector<string>> rows;
        for (auto& o : orders)
            if (nameOf.count(o[1])) rows.push_back({o[1], nameOf[o[1]], o[0], o[2]});
        sort(rows.begin(), rows.end(), [](auto& a, auto& b) {
            int ua = (int)stoll(a[0]), ub = (int)stoll(b[0]);
            if (ua != ub) return ua < ub;
            return (int)stoll(a[2]) < (int)stoll(b[2]);
        });
        return rows;
    }
};
