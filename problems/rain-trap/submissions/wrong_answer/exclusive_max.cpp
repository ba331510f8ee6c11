// Takes the walls strictly left and right of each position but forgets to clamp at zero, so tall
// bars subtract water.
class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size();
        vector<int> leftMax(n, 0), rightMax(n, 0);
        for (int i = 1; i < n; i++) leftMax[i] = max(leftMax[i - 1], height[i - 1]);
        for (int i = n - 2; i >= 0; i--) rightMax[i] = max(rightMax[i + 1], height[i + 1]);
        int water = 0;
        for (int i = 0; i < n; i++) water += min(leftMax[i], rightMax[i]) - height[i];
        return water;
    }
};
