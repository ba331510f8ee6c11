public class Solution {
    public TreeNode InvertTree(TreeNode root) {
        // An explicit stack: a path-shaped tree must not recurse.
        var stack = new Stack<TreeNode>();
        if (root != null) stack.Push(root);
        while (stack.Count > 0) {
            TreeNode node = stack.Pop();
            TreeNode tmp = node.left;
            node.left = node.right;
            node.right = tmp;
            if (node.left != null) stack.Push(node.left);
            if (node.right != null) stack.Push(node.right);
        }
        return root;
    }
}
