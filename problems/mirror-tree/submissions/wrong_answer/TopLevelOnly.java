// Swaps the root's two subtrees but leaves everything below them untouched.
class Solution {
    public TreeNode invertTree(TreeNode root) {
        if (root != null) {
            TreeNode left = root.left;
            root.left = root.right;
            root.right = left;
        }
        return root;
    }
}
