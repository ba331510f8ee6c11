/**
 * Definition for a binary tree node.
 * struct TreeNode {
 *     int val;
 *     struct TreeNode *left;
 *     struct TreeNode *right;
 * };
 */
// Level by level with an explicit queue: no recursion, so a deep chain cannot overflow the stack.
int maxDepth(struct TreeNode* root) {
    if (!root) return 0;
    int cap = 1024, head = 0, tail = 0, depth = 0;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * cap);
    queue[tail++] = root;
    while (head < tail) {
        depth++;
        int end = tail;
        for (; head < end; head++) {
            struct TreeNode* kids[2] = {queue[head]->left, queue[head]->right};
            for (int k = 0; k < 2; k++) {
                if (!kids[k]) continue;
                if (tail == cap) {
                    cap *= 2;
                    queue = realloc(queue, sizeof(struct TreeNode*) * cap);
                }
                queue[tail++] = kids[k];
            }
        }
    }
    free(queue);
    return depth;
}
