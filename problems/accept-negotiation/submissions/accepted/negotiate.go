import (
	"strconv"
	"strings"
)

type mediaRange struct {
	typ, sub string
	q        int // thousandths
}

func parseQ(s string) int {
	whole, frac := s, ""
	if i := strings.Index(s, "."); i >= 0 {
		whole, frac = s[:i], s[i+1:]
	}
	w, _ := strconv.Atoi(whole)
	f, _ := strconv.Atoi((frac + "000")[:3])
	return w*1000 + f
}

func splitType(media string) (string, string) {
	media = strings.ToLower(media)
	if i := strings.Index(media, "/"); i >= 0 {
		return media[:i], media[i+1:]
	}
	return media, ""
}

func negotiate(accept string, available []string) string {
	var ranges []mediaRange
	for _, part := range strings.Split(accept, ",") {
		pieces := strings.Split(part, ";")
		base := strings.Trim(pieces[0], " ")
		if base == "" {
			continue
		}
		r := mediaRange{q: 1000}
		r.typ, r.sub = splitType(base)
		for _, param := range pieces[1:] {
			key, value := param, ""
			if i := strings.Index(param, "="); i >= 0 {
				key, value = param[:i], param[i+1:]
			}
			if strings.ToLower(strings.Trim(key, " ")) == "q" {
				r.q = parseQ(strings.Trim(value, " "))
			}
		}
		ranges = append(ranges, r)
	}
	if len(ranges) == 0 {
		ranges = []mediaRange{{"*", "*", 1000}}
	}
	best, bestQ := "", 0
	for _, media := range available {
		typ, sub := splitType(media)
		spec, q := -1, 0
		for _, r := range ranges {
			s := -1
			if r.typ == typ && r.sub == sub {
				s = 2
			} else if r.typ == typ && r.sub == "*" {
				s = 1
			} else if r.typ == "*" && r.sub == "*" {
				s = 0
			}
			if s > spec { // the first range of the highest specificity decides
				spec, q = s, r.q
			}
		}
		if q > bestQ {
			best, bestQ = media, q
		}
	}
	return best
}
