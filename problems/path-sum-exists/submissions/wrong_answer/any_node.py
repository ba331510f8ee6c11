# Accepts a matching prefix at any node, not only at leaves.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, targetSum)] if root else []
        while stack:
            node, remaining = stack.pop()
            rest = remaining - node.val
            if rest == 0:
                return True
            if node.left:
                stack.append((node.left, rest))
            if node.right:
                stack.append((node.right, rest))
        return False
