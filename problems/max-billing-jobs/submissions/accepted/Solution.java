class Solution {
    public long maxBilling(int[] start, int[] end, int[] pay) {
        int n = start.length;
        // Sort job indices by end time: pack (end, index) into one long (end < 2^30, index < 2^16).
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) keys[i] = ((long) end[i] << 16) | i;
        Arrays.sort(keys);
        int[] ends = new int[n];
        for (int k = 0; k < n; k++) ends[k] = end[(int) (keys[k] & 0xFFFF)];
        long[] best = new long[n + 1];
        for (int k = 0; k < n; k++) {
            int i = (int) (keys[k] & 0xFFFF);
            // number of jobs among the first k that end at or before start[i]
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
