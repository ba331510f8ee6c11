// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
public class Solution {
    public int[] TwoSum(int[] nums, int target) {
        var index = new Dictionary<int, int>();
        for (int i = 0; i < nums.Length; i++) index[nums[i]] = i;
        for (int i = 0; i < nums.Length; i++) {
            int j;
            if (index.TryGetValue(target - nums[i], out j)) return new int[] { i, j };
        }
        return new int[0];
    }
}
