class Solution {
public:
    int percentile(vector<int>& latenciesMs, int p) {
        int n = latenciesMs.size();
        int rank = (p * n + 99) / 100;
        vector<int> v = latenciesMs;
        nth_element(v.begin(), v.begin() + rank - 1, v.end());  // O(n) selection
        return v[rank - 1];
    }
};
