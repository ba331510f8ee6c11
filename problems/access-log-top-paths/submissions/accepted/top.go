import (
	"sort"
	"strings"
)

func topPaths(lines []string, k int) []string {
	counts := map[string]int{}
	for _, line := range lines {
		field := strings.Split(line, " ")[1]
		if q := strings.IndexByte(field, '?'); q >= 0 {
			field = field[:q]
		}
		counts[field]++
	}
	paths := make([]string, 0, len(counts))
	for p := range counts {
		paths = append(paths, p)
	}
	sort.Slice(paths, func(a, b int) bool {
		if counts[paths[a]] != counts[paths[b]] {
			return counts[paths[a]] > counts[paths[b]]
		}
		return paths[a] < paths[b]
	})
	if k < len(paths) {
		paths = paths[:k]
	}
	return paths
}
