class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, targetSum)] if root else []
        while stack:
            node, remaining = stack.pop()
            rest = remaining - node.val
            if not node.left and not node.right:
                if rest == 0:
                    return True
                continue
            if node.left:
                stack.append((node.left, rest))
            if node.right:
                stack.append((node.right, rest))
        return False
