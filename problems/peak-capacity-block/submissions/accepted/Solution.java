class Solution {
    public long largestBlock(int[] free) {
        int n = free.length;
        int[] st = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? free[i] : -1;
            while (top > 0 && free[st[top - 1]] >= h) {
                long c = free[st[--top]];
                int left = top > 0 ? st[top - 1] + 1 : 0;
                best = Math.max(best, c * (i - left));
            }
            st[top++] = i;
        }
        return best;
    }
}
