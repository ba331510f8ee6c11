class Solution {
    public long[] nextPage(long[] sortedIds, long afterId, int limit) {
        int lo = 0, hi = sortedIds.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedIds[mid] <= afterId) lo = mid + 1;
            else hi = mid;
        }
        return Arrays.copyOfRange(sortedIds, lo, Math.min(sortedIds.length, lo + limit));
    }
}
