# Treats the tree as a binary search tree: goes left when both ids are smaller, right when larger.
class Solution:
    def lowestCommonAncestor(self, root: Optional[TreeNode], p: int, q: int) -> int:
        node = root
        while node:
            if p < node.val and q < node.val and node.left:
                node = node.left
            elif p > node.val and q > node.val and node.right:
                node = node.right
            else:
                return node.val
        return root.val
