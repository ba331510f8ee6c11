// Correct monotonic stack, but the area is computed in 32-bit int and only then widened,
// so blocks above 2^31 - 1 core-minutes wrap around.
class Solution {
    public long largestBlock(int[] free) {
        int n = free.length;
        int[] st = new int[n + 1];
        int top = 0;
        long best = 0;
        for (int i = 0; i <= n; i++) {
            int h = i < n ? free[i] : -1;
            while (top > 0 && free[st[top - 1]] >= h) {
                int c = free[st[--top]];
                int left = top > 0 ? st[top - 1] + 1 : 0;
                int area = c * (i - left);
                best = Math.max(best, area);
            }
            st[top++] = i;
        }
        return best;
    }
}
