// Indexes every value first, then looks up complements: pairs an entry with itself when 2*x == target.
static int find(const long long* keys, const int* vals, int cap, long long key) {
    unsigned h = (unsigned)(key * 2654435761u) & (cap - 1);
    while (vals[h] != -1 && keys[h] != key) h = (h + 1) & (cap - 1);
    return (int)h;
}

int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int cap = 1;
    while (cap < numsSize * 2) cap <<= 1;
    long long* keys = malloc(sizeof(long long) * cap);
    int* vals = malloc(sizeof(int) * cap);
    for (int k = 0; k < cap; k++) vals[k] = -1;
    for (int i = 0; i < numsSize; i++) {
        int h = find(keys, vals, cap, nums[i]);
        keys[h] = nums[i];
        vals[h] = i;
    }
    int* result = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        int h = find(keys, vals, cap, (long long)target - nums[i]);
        if (vals[h] != -1) {
            result[0] = i;
            result[1] = vals[h];
            *returnSize = 2;
            break;
        }
    }
    return result;
}
