// Keys are 0..100000, so the recency list is two arrays indexed by key (slot KEYS is the
// sentinel): get and put are O(1) with no hashing.
#define KEYS 100001

typedef struct {
    int capacity, size;
    int prev[KEYS + 1], next[KEYS + 1], value[KEYS];
    bool present[KEYS];
} LRUCache;

static void unlink_key(LRUCache* c, int k) {
    c->next[c->prev[k]] = c->next[k];
    c->prev[c->next[k]] = c->prev[k];
}

static void push_front(LRUCache* c, int k) {
    c->next[k] = c->next[KEYS];
    c->prev[k] = KEYS;
    c->prev[c->next[KEYS]] = k;
    c->next[KEYS] = k;
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* c = calloc(1, sizeof(LRUCache));
    c->capacity = capacity;
    c->prev[KEYS] = c->next[KEYS] = KEYS;
    return c;
}

int lRUCacheGet(LRUCache* obj, int key) {
    if (!obj->present[key]) return -1;
    unlink_key(obj, key);
    push_front(obj, key);
    return obj->value[key];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    if (obj->present[key]) {
        unlink_key(obj, key);
    } else if (obj->size == obj->capacity) {
        int oldest = obj->prev[KEYS];
        unlink_key(obj, oldest);
        obj->present[oldest] = false;
        obj->size--;
    }
    if (!obj->present[key]) {
        obj->present[key] = true;
        obj->size++;
    }
    obj->value[key] = value;
    push_front(obj, key);
}

void lRUCacheFree(LRUCache* obj) { free(obj); }
