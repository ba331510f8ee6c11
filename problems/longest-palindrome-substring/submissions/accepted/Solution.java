class Solution {
    public String longestPalindrome(String s) {
        int n = s.length(), bestLo = 0, bestLen = 1;
        for (int centre = 0; centre < 2 * n - 1; centre++) {
            int lo = centre / 2, hi = (centre + 1) / 2;
            while (lo >= 0 && hi < n && s.charAt(lo) == s.charAt(hi)) {
                lo--;
                hi++;
            }
            int len = hi - lo - 1;
            if (len > bestLen || (len == bestLen && lo + 1 < bestLo)) {
                bestLo = lo + 1;
                bestLen = len;
            }
        }
        return s.substring(bestLo, bestLo + bestLen);
    }
}
