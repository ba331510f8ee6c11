class Solution {
    public int[][] levelOrder(TreeNode root) {
        List<int[]> out = new ArrayList<>();
        Deque<TreeNode> queue = new ArrayDeque<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            int[] level = new int[queue.size()];
            for (int i = 0; i < level.length; i++) {
                TreeNode n = queue.poll();
                level[i] = n.val;
                if (n.left != null) queue.add(n.left);
                if (n.right != null) queue.add(n.right);
            }
            out.add(level);
        }
        return out.toArray(new int[0][]);
    }
}
