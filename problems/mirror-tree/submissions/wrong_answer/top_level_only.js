// Swaps the root's two subtrees but leaves everything below them untouched.
var invertTree = function (root) {
  if (root) [root.left, root.right] = [root.right, root.left];
  return root;
};
