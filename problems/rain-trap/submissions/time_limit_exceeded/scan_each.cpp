// For every position scans the whole profile for the tallest wall on each side: O(n^2).
class Solution {
public:
    int trap(vector<int>& height) {
        int n = height.size(), water = 0;
        for (int i = 0; i < n; i++) {
            int l = 0, r = 0;
            for (int j = 0; j <= i; j++) l = max(l, height[j]);
            for (int j = i; j < n; j++) r = max(r, height[j]);
            water += min(l, r) - height[i];
        }
        return water;
    }
};
