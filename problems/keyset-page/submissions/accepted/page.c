// Binary search for the first id greater than the anchor, then copy up to `limit` ids.
long long* nextPage(long long* sortedIds, int sortedIdsSize, long long afterId, int limit, int* returnSize) {
    int lo = 0, hi = sortedIdsSize;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (sortedIds[mid] <= afterId) lo = mid + 1;
        else hi = mid;
    }
    int n = sortedIdsSize - lo < limit ? sortedIdsSize - lo : limit;
    if (n < 0) n = 0;
    long long* page = malloc(sizeof(long long) * (n > 0 ? n : 1));
    memcpy(page, sortedIds + lo, sizeof(long long) * n);
    *returnSize = n;
    return page;
}
