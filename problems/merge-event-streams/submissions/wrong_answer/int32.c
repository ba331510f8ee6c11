// Bug: stores timestamps in 32-bit ints.
static int by_value(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return x < y ? -1 : x > y;
}

long long* mergeStreams(long long** streams, int streamsSize, int* streamsColSize, int* returnSize) {
    int total = 0;
    for (int i = 0; i < streamsSize; i++) total += streamsColSize[i];
    int* all = malloc(sizeof(int) * (total + 1));
    int n = 0;
    for (int i = 0; i < streamsSize; i++)
        for (int j = 0; j < streamsColSize[i]; j++) all[n++] = (int)streams[i][j];
    qsort(all, n, sizeof(int), by_value);
    long long* out = malloc(sizeof(long long) * (n + 1));
    for (int k = 0; k < n; k++) out[k] = all[k];
    *returnSize = n;
    return out;
}
