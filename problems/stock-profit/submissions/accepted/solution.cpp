class Solution {
public:
    int maxProfit(vector<int>& prices) {
        int best = 0, low = prices[0];
        for (int p : prices) {
            best = max(best, p - low);
            low = min(low, p);
        }
        return best;
    }
};
