// One pass with an open-addressing table from value to index: O(n).
int* twoSum(int* nums, int numsSize, int target, int* returnSize) {
    int cap = 1;
    while (cap < numsSize * 2) cap <<= 1;
    long long* keys = malloc(sizeof(long long) * cap);
    int* vals = malloc(sizeof(int) * cap);
    for (int k = 0; k < cap; k++) vals[k] = -1;
    int* result = malloc(sizeof(int) * 2);
    *returnSize = 0;
    for (int i = 0; i < numsSize; i++) {
        long long want = (long long)target - nums[i];
        unsigned h = (unsigned)(want * 2654435761u) & (cap - 1);
        while (vals[h] != -1 && keys[h] != want) h = (h + 1) & (cap - 1);
        if (vals[h] != -1) {
            result[0] = vals[h];
            result[1] = i;
            *returnSize = 2;
            break;
        }
        h = (unsigned)((long long)nums[i] * 2654435761u) & (cap - 1);
        while (vals[h] != -1 && keys[h] != nums[i]) h = (h + 1) & (cap - 1);
        if (vals[h] == -1) {
            keys[h] = nums[i];
            vals[h] = i;
        }
    }
    free(keys);
    free(vals);
    return result;
}
