func backoffSchedule(baseMs int, factor int, maxDelayMs int, retries int) []int {
	out := make([]int, 0, retries)
	delay := baseMs
	if delay > maxDelayMs {
		delay = maxDelayMs
	}
	for i := 0; i < retries; i++ {
		out = append(out, delay)
		delay *= factor // at most 10^15 before capping: no overflow
		if delay > maxDelayMs {
			delay = maxDelayMs
		}
	}
	return out
}
