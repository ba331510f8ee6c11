class Solution {
public:
    vector<long long> nextPage(vector<long long>& sortedIds, long long afterId, int limit) {
        auto start = upper_bound(sortedIds.begin(), sortedIds.end(), afterId);
        auto end = sortedIds.end() - start > limit ? start + limit : sortedIds.end();
        return vector<long long>(start, end);
    }
};
