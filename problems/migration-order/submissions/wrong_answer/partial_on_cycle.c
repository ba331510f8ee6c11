// Bug: on a cycle returns the migrations it managed to order instead of [].
static int by_name(const void* a, const void* b) { return strcmp(*(char* const*)a, *(char* const*)b); }

static int rank_of(char** sorted, int n, char* name) {
    char** hit = bsearch(&name, sorted, n, sizeof(char*), by_name);
    return (int)(hit - sorted);
}

static void push(int* heap, int* size, int x) {
    int i = (*size)++;
    while (i > 0 && heap[(i - 1) / 2] > x) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i] = x;
}

static int pop(int* heap, int* size) {
    int top = heap[0], x = heap[--*size], i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *size) break;
        if (c + 1 < *size && heap[c + 1] < heap[c]) c++;
        if (heap[c] >= x) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = x;
    return top;
}

char** migrationOrder(char** names, int namesSize, char*** deps, int depsSize, int* depsColSize, int* returnSize) {
    int n = namesSize;
    char** sorted = malloc(sizeof(char*) * (n + 1));
    memcpy(sorted, names, sizeof(char*) * n);
    qsort(sorted, n, sizeof(char*), by_name);
    int* waiting = calloc(n + 1, sizeof(int));
    int* start = calloc(n + 2, sizeof(int));
    int* from = malloc(sizeof(int) * (depsSize + 1));
    int* to = malloc(sizeof(int) * (depsSize + 1));
    for (int i = 0; i < depsSize; i++) {
        from[i] = rank_of(sorted, n, deps[i][1]);
        to[i] = rank_of(sorted, n, deps[i][0]);
        waiting[to[i]]++;
        start[from[i] + 1]++;
    }
    for (int r = 0; r < n; r++) start[r + 1] += start[r];
    int* unblocks = malloc(sizeof(int) * (depsSize + 1));
    int* fill = malloc(sizeof(int) * (n + 1));
    memcpy(fill, start, sizeof(int) * (n + 1));
    for (int i = 0; i < depsSize; i++) unblocks[fill[from[i]]++] = to[i];
    int* heap = malloc(sizeof(int) * (n + 1));
    int size = 0, count = 0;
    char** order = malloc(sizeof(char*) * (n + 1));
    for (int r = 0; r < n; r++)
        if (waiting[r] == 0) push(heap, &size, r);
    while (size > 0) {
        int r = pop(heap, &size);
        order[count++] = sorted[r];
        for (int k = start[r]; k < start[r + 1]; k++)
            if (--waiting[unblocks[k]] == 0) push(heap, &size, unblocks[k]);
    }
    *returnSize = count;
    return order;
}
