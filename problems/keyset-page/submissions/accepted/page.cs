public class Solution {
    public long[] NextPage(long[] sortedIds, long afterId, int limit) {
        int lo = 0, hi = sortedIds.Length;
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (sortedIds[mid] <= afterId) lo = mid + 1;
            else hi = mid;
        }
        return sortedIds.Skip(lo).Take(limit).ToArray();
    }
}
