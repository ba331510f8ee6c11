// Grows a block around every minute while neighbours have at least as many free cores: O(n^2)
// on monotone or flat forecasts.
class Solution {
public:
    long long largestBlock(vector<int>& free) {
        int n = free.size();
        long long best = 0;
        for (int i = 0; i < n; i++) {
            int l = i, r = i;
            while (l > 0 && free[l - 1] >= free[i]) l--;
            while (r + 1 < n && free[r + 1] >= free[i]) r++;
            best = max(best, (long long)free[i] * (r - l + 1));
        }
        return best;
    }
};
