// Swaps the root's two subtrees but leaves everything below them untouched.
public class Solution {
    public TreeNode InvertTree(TreeNode root) {
        if (root != null) {
            TreeNode tmp = root.left;
            root.left = root.right;
            root.right = tmp;
        }
        return root;
    }
}
