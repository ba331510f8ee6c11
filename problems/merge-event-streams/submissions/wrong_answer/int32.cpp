// Bug: stores timestamps in 32-bit ints.
class Solution {
public:
    vector<long long> mergeStreams(vector<vector<long long>>& streams) {
        vector<int> all;
        for (auto& s : streams)
            for (long long x : s) all.push_back((int)x);
        sort(all.begin(), all.end());
        return vector<long long>(all.begin(), all.end());
    }
};
