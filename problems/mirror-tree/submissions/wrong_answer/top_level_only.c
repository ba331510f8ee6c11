// Swaps the root's two subtrees but leaves everything below them untouched.
struct TreeNode* invertTree(struct TreeNode* root) {
    if (root) {
        struct TreeNode* left = root->left;
        root->left = root->right;
        root->right = left;
    }
    return root;
}
