class Solution {
public:
    long long largestBlock(vector<int>& free) {
        int n = free.size();
        vector<int> st;
        st.reserve(n + 1);
        long long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? free[i] : -1;
            while (!st.empty() && free[st.back()] >= h) {
                long long c = free[st.back()];
                st.pop_back();
                int left = st.empty() ? 0 : st.back() + 1;
                best = max(best, c * (i - left));
            }
            st.push_back(i);
        }
        return best;
    }
};
