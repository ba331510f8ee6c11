// Forgets the empty subset: the masks start at 1.
class Solution {
    public int[][] subsets(int[] nums) {
        int n = nums.length;
        int[][] out = new int[(1 << n) - 1][];
        for (int mask = 1; mask < 1 << n; mask++) {
            int[] s = new int[Integer.bitCount(mask)];
            for (int i = 0, j = 0; i < n; i++) if ((mask >> i & 1) == 1) s[j++] = nums[i];
            out[mask - 1] = s;
        }
        return out;
    }
}
