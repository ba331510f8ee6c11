// Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
public class Solution {
    public int MaxDepth(TreeNode root) {
        if (root == null) return 0;
        var queue = new Queue<TreeNode>();
        queue.Enqueue(root);
        int depth = 0;
        while (queue.Count > 0) {
            depth++;
            for (int size = queue.Count; size > 0; size--) {
                TreeNode n = queue.Dequeue();
                if (n.left == null && n.right == null) return depth;
                if (n.left != null) queue.Enqueue(n.left);
                if (n.right != null) queue.Enqueue(n.right);
            }
        }
        return depth;
    }
}
