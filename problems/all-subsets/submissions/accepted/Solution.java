class Solution {
    public int[][] subsets(int[] nums) {
        int n = nums.length;
        int[][] out = new int[1 << n][];
        for (int mask = 0; mask < 1 << n; mask++) {
            int[] s = new int[Integer.bitCount(mask)];
            for (int i = 0, j = 0; i < n; i++) if ((mask >> i & 1) == 1) s[j++] = nums[i];
            out[mask] = s;
        }
        return out;
    }
}
