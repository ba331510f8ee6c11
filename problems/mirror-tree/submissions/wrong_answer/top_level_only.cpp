// Swaps the root's two subtrees but leaves everything below them untouched.
class Solution {
public:
    TreeNode* invertTree(TreeNode* root) {
        if (root) swap(root->left, root->right);
        return root;
    }
};
