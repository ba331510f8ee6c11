class Solution {
    public boolean isValidBST(TreeNode root) {
        // Bounds as long so that Integer.MIN_VALUE and MAX_VALUE keys are handled.
        Deque<Object[]> stack = new ArrayDeque<>();
        if (root != null) stack.push(new Object[] {root, Long.MIN_VALUE, Long.MAX_VALUE});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            TreeNode n = (TreeNode) top[0];
            long lo = (Long) top[1], hi = (Long) top[2];
            if (n.val <= lo || n.val >= hi) return false;
            if (n.left != null) stack.push(new Object[] {n.left, lo, (long) n.val});
            if (n.right != null) stack.push(new Object[] {n.right, (long) n.val, hi});
        }
        return true;
    }
}
