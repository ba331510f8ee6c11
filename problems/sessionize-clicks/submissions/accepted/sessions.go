import "sort"

func countSessions(userIds []string, timestamps []int, gapMs int) int {
	clicks := map[string][]int{}
	for i, u := range userIds {
		clicks[u] = append(clicks[u], timestamps[i])
	}
	sessions := 0
	for _, times := range clicks {
		sort.Ints(times)
		sessions++
		for i := 1; i < len(times); i++ {
			if times[i]-times[i-1] > gapMs {
				sessions++
			}
		}
	}
	return sessions
}
