func hasDeadlock(waitsFor [][]string) bool {
	out := map[string][]string{}
	indeg := map[string]int{}
	for _, e := range waitsFor {
		out[e[0]] = append(out[e[0]], e[1])
		indeg[e[1]]++
		if _, ok := indeg[e[0]]; !ok {
			indeg[e[0]] = 0
		}
	}
	queue := []string{}
	for n, d := range indeg {
		if d == 0 {
			queue = append(queue, n)
		}
	}
	for head := 0; head < len(queue); head++ {
		for _, m := range out[queue[head]] {
			indeg[m]--
			if indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	return len(queue) < len(indeg)
}
