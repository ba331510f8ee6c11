import "strings"

type entityTag struct {
	weak   bool
	opaque string
}

func parseTag(tag string) entityTag {
	if strings.HasPrefix(tag, "W/") {
		return entityTag{true, tag[3 : len(tag)-1]}
	}
	return entityTag{false, tag[1 : len(tag)-1]}
}

func parseTagList(header string) []entityTag {
	var tags []entityTag
	for _, t := range strings.Split(header, ",") {
		if t = strings.Trim(t, " "); t != "" {
			tags = append(tags, parseTag(t))
		}
	}
	return tags
}

func evaluateRequests(requests [][]string) []int {
	out := make([]int, 0, len(requests))
	for _, r := range requests {
		method, current, ifMatch, ifNoneMatch := r[0], r[1], r[2], r[3]
		exists := current != ""
		var cur entityTag
		if exists {
			cur = parseTag(current)
		}
		if ifMatch != "" {
			ok := exists
			if strings.Trim(ifMatch, " ") != "*" {
				ok = false // strong comparison: neither tag may be weak
				for _, t := range parseTagList(ifMatch) {
					if exists && !cur.weak && !t.weak && t.opaque == cur.opaque {
						ok = true
					}
				}
			}
			if !ok {
				out = append(out, 412)
				continue
			}
		}
		if ifNoneMatch != "" {
			matched := exists
			if strings.Trim(ifNoneMatch, " ") != "*" {
				matched = false // weak comparison: only the opaque values
				for _, t := range parseTagList(ifNoneMatch) {
					if exists && t.opaque == cur.opaque {
						matched = true
					}
				}
			}
			if matched {
				if method == "GET" || method == "HEAD" {
					out = append(out, 304)
				} else {
					out = append(out, 412)
				}
				continue
			}
		}
		switch {
		case exists:
			out = append(out, 200)
		case method == "PUT":
			out = append(out, 201)
		default:
			out = append(out, 404)
		}
	}
	return out
}
