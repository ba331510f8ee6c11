// Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
int maxDepth(struct TreeNode* root) {
    if (!root) return 0;
    int cap = 1024, head = 0, tail = 0, depth = 0;
    struct TreeNode** queue = malloc(sizeof(struct TreeNode*) * cap);
    queue[tail++] = root;
    while (head < tail) {
        depth++;
        int end = tail;
        for (; head < end; head++) {
            struct TreeNode* node = queue[head];
            if (!node->left && !node->right) return depth;
            if (tail + 2 > cap) {
                cap *= 2;
                queue = realloc(queue, sizeof(struct TreeNode*) * cap);
            }
            if (node->left) queue[tail++] = node->left;
            if (node->right) queue[tail++] = node->right;
        }
    }
    return depth;
}
