// Kahn's algorithm over an adjacency list in CSR form: all courses can be taken iff no cycle blocks any.
bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    int* waiting = calloc(numCourses, sizeof(int));
    int* start = calloc(numCourses + 1, sizeof(int));
    int* unlocks = malloc(sizeof(int) * (prerequisitesSize + 1));
    for (int i = 0; i < prerequisitesSize; i++) {
        waiting[prerequisites[i][0]]++;
        start[prerequisites[i][1] + 1]++;
    }
    for (int c = 0; c < numCourses; c++) start[c + 1] += start[c];
    int* fill = malloc(sizeof(int) * (numCourses + 1));
    memcpy(fill, start, sizeof(int) * (numCourses + 1));
    for (int i = 0; i < prerequisitesSize; i++) unlocks[fill[prerequisites[i][1]]++] = prerequisites[i][0];
    int* ready = malloc(sizeof(int) * (numCourses + 1));
    int top = 0, taken = 0;
    for (int c = 0; c < numCourses; c++)
        if (waiting[c] == 0) ready[top++] = c;
    while (top > 0) {
        int c = ready[--top];
        taken++;
        for (int k = start[c]; k < start[c + 1]; k++)
            if (--waiting[unlocks[k]] == 0) ready[top++] = unlocks[k];
    }
    free(waiting);
    free(start);
    free(unlocks);
    free(fill);
    free(ready);
    return taken == numCourses;
}
