// Swaps the root's two subtrees but leaves everything below them untouched.
func invertTree(root *TreeNode) *TreeNode {
	if root != nil {
		root.Left, root.Right = root.Right, root.Left
	}
	return root
}
