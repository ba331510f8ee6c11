# Compares each node with its direct children only, missing violations against higher ancestors.
class Solution:
    def isValidBST(self, root: Optional[TreeNode]) -> bool:
        stack = [root] if root else []
        while stack:
            n = stack.pop()
            if n.left:
                if n.left.val >= n.val:
                    return False
                stack.append(n.left)
            if n.right:
                if n.right.val <= n.val:
                    return False
                stack.append(n.right)
        return True
