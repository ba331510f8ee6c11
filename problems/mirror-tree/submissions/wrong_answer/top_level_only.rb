# Swaps the root's two subtrees but leaves everything below them untouched.
# @param {TreeNode} root
# @return {TreeNode}
def invert_tree(root)
  root.left, root.right = root.right, root.left if root
  root
end
