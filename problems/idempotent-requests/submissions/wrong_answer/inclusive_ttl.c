// Bug: a request exactly ttlMs after the processed one is still treated as a duplicate.
static char** g_ids;

static int by_id(const void* a, const void* b) { return strcmp(g_ids[*(const int*)a], g_ids[*(const int*)b]); }

bool* processRequests(char** ids, int idsSize, long long* timestamps, int timestampsSize, long long ttlMs, int* returnSize) {
    int* order = malloc(sizeof(int) * (idsSize + 1));
    int* group = malloc(sizeof(int) * (idsSize + 1));
    for (int i = 0; i < idsSize; i++) order[i] = i;
    g_ids = ids;
    qsort(order, idsSize, sizeof(int), by_id);
    for (int k = 0, g = -1; k < idsSize; k++) {
        if (k == 0 || strcmp(ids[order[k]], ids[order[k - 1]]) != 0) g++;
        group[order[k]] = g;
    }
    long long* processedAt = malloc(sizeof(long long) * (idsSize + 1));
    bool* seen = calloc(idsSize + 1, sizeof(bool));
    bool* out = malloc(sizeof(bool) * (idsSize + 1));
    for (int i = 0; i < idsSize; i++) {
        int g = group[i];
        if (seen[g] && timestamps[i] - processedAt[g] <= ttlMs) {
            out[i] = false;
        } else {
            seen[g] = true;
            processedAt[g] = timestamps[i];
            out[i] = true;
        }
    }
    free(order);
    free(group);
    free(processedAt);
    free(seen);
    *returnSize = idsSize;
    return out;
}
