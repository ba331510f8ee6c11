func searchMatrix(matrix [][]int, target int) bool {
	r, c := 0, len(matrix[0])-1
	for r < len(matrix) && c >= 0 {
		v := matrix[r][c]
		switch {
		case v == target:
			return true
		case v > target:
			c--
		default:
			r++
		}
	}
	return false
}
