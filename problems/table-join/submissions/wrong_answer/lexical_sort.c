// Bug: sorts ids as text, so "10" comes before "9".
typedef struct {
    long long uid, oid;
    char** cells;
} Row;

typedef struct {
    long long id;
    char* name;
} User;

static int by_id(const void* a, const void* b) {
    long long x = ((const User*)a)->id, y = ((const User*)b)->id;
    return x < y ? -1 : x > y;
}

static int by_key(const void* a, const void* b) {
    const Row *p = a, *q = b;
    int c = strcmp(p->cells[0], q->cells[0]);
    return c ? c : strcmp(p->cells[2], q->cells[2]);
}

char*** joinTables(char*** users, int usersSize, int* usersColSize, char*** orders, int ordersSize, int* ordersColSize,
                   int* returnSize, int** returnColumnSizes) {
    User* byId = malloc(sizeof(User) * (usersSize + 1));
    for (int i = 0; i < usersSize; i++) byId[i] = (User){strtoll(users[i][0], NULL, 10), users[i][1]};
    qsort(byId, usersSize, sizeof(User), by_id);
    Row* rows = malloc(sizeof(Row) * (ordersSize + 1));
    int n = 0;
    for (int j = 0; j < ordersSize; j++) {
        User key = {strtoll(orders[j][1], NULL, 10), NULL};
        User* user = bsearch(&key, byId, usersSize, sizeof(User), by_id);
        if (!user) continue;
        char** cells = malloc(sizeof(char*) * 4);
        cells[0] = orders[j][1];
        cells[1] = user->name;
        cells[2] = orders[j][0];
        cells[3] = orders[j][2];
        rows[n++] = (Row){key.id, strtoll(orders[j][0], NULL, 10), cells};
    }
    qsort(rows, n, sizeof(Row), by_key);
    char*** out = malloc(sizeof(char**) * (n + 1));
    *returnColumnSizes = malloc(sizeof(int) * (n + 1));
    for (int i = 0; i < n; i++) {
        out[i] = rows[i].cells;
        (*returnColumnSizes)[i] = 4;
    }
    *returnSize = n;
    free(rows);
    free(byId);
    return out;
}
