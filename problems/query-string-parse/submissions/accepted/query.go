import (
	"sort"
	"strings"
)

func queryHex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func queryDecode(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		switch {
		case s[i] == '+':
			out = append(out, ' ')
			i++
		case s[i] == '%' && i+2 < len(s) && queryHex(s[i+1]) >= 0 && queryHex(s[i+2]) >= 0:
			out = append(out, byte(queryHex(s[i+1])*16+queryHex(s[i+2])))
			i += 3
		default:
			out = append(out, s[i])
			i++
		}
	}
	return string(out)
}

func parseQuery(query string) []string {
	type param struct{ key, value string }
	params := []param{}
	for _, piece := range strings.Split(query, "&") {
		if piece == "" {
			continue
		}
		key, value := piece, ""
		if eq := strings.IndexByte(piece, '='); eq >= 0 {
			key, value = piece[:eq], piece[eq+1:]
		}
		params = append(params, param{queryDecode(key), queryDecode(value)})
	}
	// Go strings compare bytewise; UTF-8 byte order equals code point order.
	sort.SliceStable(params, func(a, b int) bool { return params[a].key < params[b].key })
	out := make([]string, len(params))
	for i, p := range params {
		out[i] = p.key + "=" + p.value
	}
	return out
}
