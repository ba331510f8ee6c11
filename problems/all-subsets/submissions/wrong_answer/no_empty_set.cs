// Forgets the empty subset.
public class Solution {
    public int[][] Subsets(int[] nums) {
        int n = nums.Length;
        var out_ = new List<int[]>();
        for (int mask = 1; mask < 1 << n; mask++) {
            out_.Add(Enumerable.Range(0, n).Where(i => (mask >> i & 1) == 1).Select(i => nums[i]).ToArray());
        }
        return out_.ToArray();
    }
}
