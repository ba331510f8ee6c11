/**
 * Return an array of arrays of size *returnSize.
 * The sizes of the arrays are returned as *returnColumnSizes array.
 * Note: Both returned array and *columnSizes array must be malloced, assume caller calls free().
 */
// Subset `mask` holds nums[i] for every bit i set in it: all 2^n masks, in order.
int** subsets(int* nums, int numsSize, int* returnSize, int** returnColumnSizes) {
    int total = 1 << numsSize;
    int** out = malloc(sizeof(int*) * total);
    *returnColumnSizes = malloc(sizeof(int) * total);
    for (int mask = 0; mask < total; mask++) {
        int* subset = malloc(sizeof(int) * (numsSize + 1));
        int size = 0;
        for (int i = 0; i < numsSize; i++)
            if (mask >> i & 1) subset[size++] = nums[i];
        out[mask] = subset;
        (*returnColumnSizes)[mask] = size;
    }
    *returnSize = total;
    return out;
}
