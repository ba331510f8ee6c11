class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size();
        vector<int> leftMax(n), rightMax(n);
        for (int i = 0, m = 0; i < n; i++) leftMax[i] = m = max(m, height[i]);
        for (int i = n - 1, m = 0; i >= 0; i--) rightMax[i] = m = max(m, height[i]);
        int water = 0;
        for (int i = 0; i < n; i++) water += min(leftMax[i], rightMax[i]) - height[i];
        return water;
    }
};
