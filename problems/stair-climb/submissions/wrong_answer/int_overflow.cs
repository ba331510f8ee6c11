// Bug: counts in int, which wraps silently (C# arithmetic is unchecked) once n passes 45.
public class Solution {
    public long ClimbStairs(int n) {
        int prev = 1, cur = 1;
        for (int i = 1; i < n; i++) {
            int next = prev + cur;
            prev = cur;
            cur = next;
        }
        return cur;
    }
}
