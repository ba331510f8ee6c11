import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

var cronLimits = [5][2]int{{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}}

// parseCronField returns which values in lo..hi the field allows (indexed by value).
func parseCronField(text string, lo, hi int) []bool {
	allowed := make([]bool, hi+1)
	for _, item := range strings.Split(text, ",") {
		step := 1
		if i := strings.Index(item, "/"); i >= 0 {
			step, _ = strconv.Atoi(item[i+1:])
			item = item[:i]
		}
		a, b := lo, hi
		if item != "*" {
			if j := strings.Index(item, "-"); j >= 0 {
				a, _ = strconv.Atoi(item[:j])
				b, _ = strconv.Atoi(item[j+1:])
			} else {
				a, _ = strconv.Atoi(item)
				b = a
			}
		}
		for v := a; v <= b; v += step {
			allowed[v] = true
		}
	}
	return allowed
}

func nextRuns(expression string, after string, count int) []string {
	fields := strings.Split(expression, " ")
	var sets [5][]bool
	for i := range sets {
		sets[i] = parseCronField(fields[i], cronLimits[i][0], cronLimits[i][1])
	}
	domStar, dowStar := fields[2] == "*", fields[4] == "*"
	start, _ := time.Parse("2006-01-02 15:04", after)
	start = start.Add(time.Minute)
	startMinute := start.Hour()*60 + start.Minute()
	out := []string{}
	d := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
	for d.Year() < 3000 {
		if !sets[3][int(d.Month())] {
			d = time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC) // month 13 rolls over
			continue
		}
		domOk, dowOk := sets[2][d.Day()], sets[4][int(d.Weekday())]
		match := domOk && dowOk
		if !domStar && !dowStar {
			match = domOk || dowOk
		}
		if match {
			first := d.Year() == start.Year() && d.YearDay() == start.YearDay()
			for h := 0; h < 24; h++ {
				if !sets[1][h] {
					continue
				}
				for m := 0; m < 60; m++ {
					if !sets[0][m] || (first && h*60+m < startMinute) {
						continue
					}
					out = append(out, fmt.Sprintf("%04d-%02d-%02d %02d:%02d", d.Year(), int(d.Month()), d.Day(), h, m))
					if len(out) == count {
						return out
					}
				}
			}
		}
		d = d.AddDate(0, 0, 1)
	}
	return out
}
