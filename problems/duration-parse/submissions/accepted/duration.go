import "strings"

func parseDuration(text string) int {
	if text == "" {
		return -1
	}
	sizes := []int{86400, 3600, 60, 1}
	total, lastUnit := 0, -1
	for i := 0; i < len(text); {
		j, number := i, 0
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			number = number*10 + int(text[j]-'0')
			j++
		}
		if j == i || j-i > 9 || j == len(text) {
			return -1
		}
		unit := strings.IndexByte("dhms", text[j])
		if unit < 0 || unit <= lastUnit {
			return -1
		}
		total += number * sizes[unit]
		lastUnit = unit
		i = j + 1
	}
	return total
}
