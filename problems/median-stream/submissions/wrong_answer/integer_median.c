// Averages the two middle values with integer division, losing the .5.
typedef struct {
    int* low;  // max-heap
    int* high; // min-heap
    int nLow, nHigh, cap;
} MedianFinder;

// sign = 1: min-heap; sign = -1: max-heap.
static void push(int* h, int* n, int x, int sign) {
    int i = (*n)++;
    while (i > 0 && sign * h[(i - 1) / 2] > sign * x) {
        h[i] = h[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    h[i] = x;
}

static int pop(int* h, int* n, int sign) {
    int top = h[0], x = h[--*n], i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *n) break;
        if (c + 1 < *n && sign * h[c + 1] < sign * h[c]) c++;
        if (sign * h[c] >= sign * x) break;
        h[i] = h[c];
        i = c;
    }
    h[i] = x;
    return top;
}

MedianFinder* medianFinderCreate(void) {
    MedianFinder* m = calloc(1, sizeof(MedianFinder));
    m->cap = 16;
    m->low = malloc(sizeof(int) * m->cap);
    m->high = malloc(sizeof(int) * m->cap);
    return m;
}

void medianFinderAddNum(MedianFinder* obj, int num) {
    if (obj->nLow + 1 >= obj->cap || obj->nHigh + 1 >= obj->cap) {
        obj->cap *= 2;
        obj->low = realloc(obj->low, sizeof(int) * obj->cap);
        obj->high = realloc(obj->high, sizeof(int) * obj->cap);
    }
    push(obj->low, &obj->nLow, num, -1);
    push(obj->high, &obj->nHigh, pop(obj->low, &obj->nLow, -1), 1);
    if (obj->nHigh > obj->nLow) push(obj->low, &obj->nLow, pop(obj->high, &obj->nHigh, 1), -1);
}

double medianFinderFindMedian(MedianFinder* obj) {
    if (obj->nLow > obj->nHigh) return obj->low[0];
    return (obj->low[0] + obj->high[0]) / 2;
}

void medianFinderFree(MedianFinder* obj) {
    free(obj->low);
    free(obj->high);
    free(obj);
}
