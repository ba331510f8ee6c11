class Solution {
public:
    vector<int> countLaterLower(vector<int>& latency) {
        int n = latency.size();
        vector<int> vals(latency);
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size();
        vector<int> tree(m + 1, 0), out(n, 0);
        for (int i = n - 1; i >= 0; i--) {
            int r = lower_bound(vals.begin(), vals.end(), latency[i]) - vals.begin() + 1;
            int s = 0;
            for (int j = r - 1; j > 0; j -= j & -j) s += tree[j];
            out[i] = s;
            for (; r <= m; r += r & -r) tree[r]++;
        }
        return out;
    }
};
