class Solution {
    public long[] productExceptSelf(int[] nums) {
        int n = nums.length;
        long[] out = new long[n];
        long prefix = 1;
        for (int i = 0; i < n; i++) {
            out[i] = prefix;
            prefix *= nums[i];
        }
        long suffix = 1;
        for (int i = n - 1; i >= 0; i--) {
            out[i] *= suffix;
            suffix *= nums[i];
        }
        return out;
    }
}
