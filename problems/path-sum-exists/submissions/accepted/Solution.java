class Solution {
    public boolean hasPathSum(TreeNode root, int targetSum) {
        if (root == null) return false;
        Deque<TreeNode> nodes = new ArrayDeque<>();
        Deque<Integer> remaining = new ArrayDeque<>();
        nodes.push(root);
        remaining.push(targetSum);
        while (!nodes.isEmpty()) {
            TreeNode node = nodes.pop();
            int rest = remaining.pop() - node.val;
            if (node.left == null && node.right == null) {
                if (rest == 0) return true;
                continue;
            }
            if (node.left != null) {
                nodes.push(node.left);
                remaining.push(rest);
            }
            if (node.right != null) {
                nodes.push(node.right);
                remaining.push(rest);
            }
        }
        return false;
    }
}
