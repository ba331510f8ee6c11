function isValidBST(root: TreeNode | null): boolean {
  const check = (node: TreeNode | null, lo: number, hi: number): boolean =>
    node === null || (node.val > lo && node.val < hi && check(node.left, lo, node.val) && check(node.right, node.val, hi));
  return check(root, -Infinity, Infinity);
}
