// The merged stream is every timestamp in order: gather them and sort (6 * 10^4 at most).
static int by_value(const void* a, const void* b) {
    long long x = *(const long long*)a, y = *(const long long*)b;
    return x < y ? -1 : x > y;
}

long long* mergeStreams(long long** streams, int streamsSize, int* streamsColSize, int* returnSize) {
    int total = 0;
    for (int i = 0; i < streamsSize; i++) total += streamsColSize[i];
    long long* out = malloc(sizeof(long long) * (total + 1));
    int n = 0;
    for (int i = 0; i < streamsSize; i++)
        for (int j = 0; j < streamsColSize[i]; j++) out[n++] = streams[i][j];
    qsort(out, n, sizeof(long long), by_value);
    *returnSize = n;
    return out;
}
