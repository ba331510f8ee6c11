# Depth-first with the right child visited first, so each level comes out right to left.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        out = []

        def visit(node, depth):
            if not node:
                return
            if depth == len(out):
                out.append([])
            out[depth].append(node.val)
            visit(node.right, depth + 1)
            visit(node.left, depth + 1)

        visit(root, 0)
        return out
