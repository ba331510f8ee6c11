import "math"

func isValidBST(root *TreeNode) bool {
	var check func(n *TreeNode, lo, hi int64) bool
	check = func(n *TreeNode, lo, hi int64) bool {
		if n == nil {
			return true
		}
		v := int64(n.Val)
		if v <= lo || v >= hi {
			return false
		}
		return check(n.Left, lo, v) && check(n.Right, v, hi)
	}
	return check(root, math.MinInt64, math.MaxInt64)
}
