class Solution {
public:
    int search(vector<int>& nums, int target) {
        // Find the rotation point (index of the minimum), then binary search the right half.
        int n = nums.size(), lo = 0, hi = n - 1;
        while (lo < hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] > nums[hi]) lo = mid + 1;
            else hi = mid;
        }
        int start = lo;
        lo = 0, hi = n - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            int real = (mid + start) % n;
            if (nums[real] == target) return real;
            if (nums[real] < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
