class Solution {
public:
    vector<bool> processRequests(vector<string>& ids, vector<long long>& timestamps, long long ttlMs) {
        unordered_map<string, long long> processedAt;
        vector<bool> out(ids.size(), false);
        for (size_t i = 0; i < ids.size(); i++) {
            auto it = processedAt.find(ids[i]);
            if (it != processedAt.end() && timestamps[i] - it->second < ttlMs) continue;
            processedAt[ids[i]] = timestamps[i];
            out[i] = true;
        }
        return out;
    }
};
