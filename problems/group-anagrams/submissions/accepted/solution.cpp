class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        unordered_map<string, int> index;
        vector<vector<string>> out;
        for (const string& s : strs) {
            string key = s;
            sort(key.begin(), key.end());
            auto it = index.find(key);
            if (it == index.end()) {
                index.emplace(key, (int)out.size());
                out.push_back({s});
            } else {
                out[it->second].push_back(s);
            }
        }
        return out;
    }
};
