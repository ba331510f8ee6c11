class Solution {
    public boolean isMatch(String path, String pattern) {
        int n = path.length();
        // prev[i]: the pattern prefix read so far matches path[0..i).
        boolean[] prev = new boolean[n + 1], cur = new boolean[n + 1];
        prev[0] = true;
        for (int j = 0; j < pattern.length(); j++) {
            char c = pattern.charAt(j);
            if (c == '*') {
                boolean seen = false;
                for (int i = 0; i <= n; i++) {
                    seen |= prev[i];
                    cur[i] = seen;
                }
            } else {
                cur[0] = false;
                for (int i = 1; i <= n; i++) {
                    cur[i] = prev[i - 1] && (c == '?' || c == path.charAt(i - 1));
                }
            }
            boolean[] t = prev; prev = cur; cur = t;
        }
        return prev[n];
    }
}
