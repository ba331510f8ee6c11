// Bug: processes whole "levels" (sorted) at a time, which is a valid order but not the smallest one.
import "sort"

func migrationOrder(names []string, deps [][]string) []string {
	waiting := map[string]int{}
	unblocks := map[string][]string{}
	for _, d := range deps {
		unblocks[d[1]] = append(unblocks[d[1]], d[0])
		waiting[d[0]]++
	}
	level := []string{}
	for _, n := range names {
		if waiting[n] == 0 {
			level = append(level, n)
		}
	}
	sort.Strings(level)
	order := []string{}
	for len(level) > 0 {
		order = append(order, level...)
		next := []string{}
		for _, n := range level {
			for _, m := range unblocks[n] {
				waiting[m]--
				if waiting[m] == 0 {
					next = append(next, m)
				}
			}
		}
		sort.Strings(next)
		level = next
	}
	if len(order) != len(names) {
		return []string{}
	}
	return order
}
