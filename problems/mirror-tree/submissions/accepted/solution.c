// Swaps the children of every node, with an explicit stack (a deep chain cannot overflow the call stack).
struct TreeNode* invertTree(struct TreeNode* root) {
    if (!root) return NULL;
    int cap = 1024, top = 0;
    struct TreeNode** stack = malloc(sizeof(struct TreeNode*) * cap);
    stack[top++] = root;
    while (top > 0) {
        struct TreeNode* node = stack[--top];
        struct TreeNode* left = node->left;
        node->left = node->right;
        node->right = left;
        if (top + 2 > cap) {
            cap *= 2;
            stack = realloc(stack, sizeof(struct TreeNode*) * cap);
        }
        if (node->left) stack[top++] = node->left;
        if (node->right) stack[top++] = node->right;
    }
    free(stack);
    return root;
}
