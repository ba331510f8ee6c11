// Only looks for pairs of courses that require each other (and self-loops); longer cycles slip by.
func canFinish(numCourses int, prerequisites [][]int) bool {
	edges := map[[2]int]bool{}
	for _, p := range prerequisites {
		edges[[2]int{p[0], p[1]}] = true
	}
	for e := range edges {
		if e[0] == e[1] || edges[[2]int{e[1], e[0]}] {
			return false
		}
	}
	return true
}
