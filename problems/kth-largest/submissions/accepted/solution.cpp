class Solution {
public:
    int findKthLargest(vector<int>& nums, int k) {
        vector<int> a(nums);
        nth_element(a.begin(), a.begin() + (k - 1), a.end(), greater<int>());
        return a[k - 1];
    }
};
