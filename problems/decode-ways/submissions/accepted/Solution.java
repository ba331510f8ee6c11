class Solution {
    public int numDecodings(String s) {
        final long mod = 1_000_000_007L;
        long prev2 = 0, prev1 = 1; // ways(i - 2), ways(i - 1); ways(0) = 1
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            long cur = ch != '0' ? prev1 : 0;
            if (i > 0) {
                char p = s.charAt(i - 1);
                if (p == '1' || (p == '2' && ch <= '6')) cur += prev2;
            }
            prev2 = prev1;
            prev1 = cur % mod;
        }
        return (int) prev1;
    }
}
