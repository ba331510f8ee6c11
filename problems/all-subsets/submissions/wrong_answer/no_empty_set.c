// Forgets the empty subset: starts from mask 1.
int** subsets(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    int total = 1 << numsSize;
    int** out = malloc(sizeof(int*) * total);
    *returnColumnSizes = malloc(sizeof(int) * total);
    int n = 0;
    for (int mask = 1; mask < total; mask++) {
        int* subset = malloc(sizeof(int) * (numsSize + 1));
        int size = 0;
        for (int i = 0; i < numsSize; i++)
            if (mask >> i & 1) subset[size++] = nums[i];
        out[n] = subset;
        (*returnColumnSizes)[n++] = size;
    }
    *returnSize = n;
    return out;
}
