// Correct DP, but keeps the running totals in 32-bit ints, which overflow above 2^31 - 1.
class Solution {
    public long maxBilling(int[] start, int[] end, int[] pay) {
        int n = start.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(end[a], end[b]));
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) ends[k] = end[order[k]];
        int[] best = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int lo = 0, hi = k;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= start[i]) lo = mid + 1; else hi = mid;
            }
            best[k + 1] = Math.max(best[k], best[lo] + pay[i]);
        }
        return best[n];
    }
}
