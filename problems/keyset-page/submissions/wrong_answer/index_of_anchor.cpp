// Bug: looks the anchor up by exact match and restarts from the beginning when it was deleted.
class Solution {
public:
    vector<long long> nextPage(vector<long long>& sortedIds, long long afterId, int limit) {
        auto it = lower_bound(sortedIds.begin(), sortedIds.end(), afterId);
        size_t start = (it != sortedIds.end() && *it == afterId) ? (it - sortedIds.begin()) + 1 : 0;
        vector<long long> page;
        for (size_t i = start; i < sortedIds.size() && (int)page.size() < limit; i++) page.push_back(sortedIds[i]);
        return page;
    }
};
