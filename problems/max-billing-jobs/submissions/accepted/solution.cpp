class Solution {
public:
    long long maxBilling(vector<int>& start, vector<int>& end, vector<int>& pay) {
        int n = start.size();
        vector<int> order(n);
        iota(order.begin(), order.end(), 0);
        sort(order.begin(), order.end(), [&](int a, int b) { return end[a] < end[b]; });
        vector<int> ends(n);
        for (int k = 0; k < n; k++) ends[k] = end[order[k]];
        vector<long long> best(n + 1, 0);
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int j = upper_bound(ends.begin(), ends.begin() + k, start[i]) - ends.begin();
            best[k + 1] = max(best[k], best[j] + pay[i]);
        }
        return best[n];
    }
};
