// Swaps the root's two subtrees but leaves everything below them untouched.
function invertTree(root: TreeNode | null): TreeNode | null {
  if (root) [root.left, root.right] = [root.right, root.left];
  return root;
}
