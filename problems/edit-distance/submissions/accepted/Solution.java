class Solution {
    public int minDistance(String word1, String word2) {
        int m = word2.length();
        int[] prev = new int[m + 1], cur = new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= word1.length(); i++) {
            cur[0] = i;
            char c = word1.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                cur[j] = c == word2.charAt(j - 1) ? prev[j - 1] : 1 + Math.min(prev[j - 1], Math.min(prev[j], cur[j - 1]));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
