class Solution {
public:
    vector<string> topPaths(vector<string>& lines, int k) {
        unordered_map<string, int> counts;
        for (const string& line : lines) {
            size_t start = line.find(' ') + 1;
            size_t end = line.find(' ', start);
            string field = line.substr(start, end - start);
            counts[field.substr(0, field.find('?'))]++;
        }
        vector<pair<int, string>> order;
        for (auto& [path, c] : counts) order.push_back({-c, path});
        sort(order.begin(), order.end());
        vector<string> result;
        for (int i = 0; i < (int)order.size() && i < k; i++) result.push_back(order[i].second);
        return result;
    }
};
