func minTime(tasks []string, cooldown int) int {
	if len(tasks) == 0 {
		return 0
	}
	counts := map[string]int{}
	for _, t := range tasks {
		counts[t]++
	}
	top, ties := 0, 0
	for _, c := range counts {
		if c > top {
			top, ties = c, 1
		} else if c == top {
			ties++
		}
	}
	frames := (top-1)*(cooldown+1) + ties
	if frames < len(tasks) {
		return len(tasks)
	}
	return frames
}
