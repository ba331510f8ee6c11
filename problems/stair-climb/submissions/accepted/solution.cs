public class Solution {
    public long ClimbStairs(int n) {
        long prev = 1, cur = 1;
        for (int i = 1; i < n; i++) {
            long next = prev + cur;
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
