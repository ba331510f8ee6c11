# Stops at the first leaf it meets level by level, which measures the shallowest leaf instead.
class Solution:
    def maxDepth(self, root: Optional[TreeNode]) -> int:
        depth, level = 0, [root] if root else []
        while level:
            depth += 1
            if any(n.left is None and n.right is None for n in level):
                return depth
            level = [c for n in level for c in (n.left, n.right) if c]
        return depth
