import (
	"strconv"
	"strings"
)

func isUnreserved(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~'
}

func fixPercent(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '%' {
			b.WriteByte(s[i])
			continue
		}
		v, _ := strconv.ParseUint(s[i+1:i+3], 16, 8)
		if isUnreserved(byte(v)) {
			b.WriteByte(byte(v))
		} else {
			b.WriteString("%" + strings.ToUpper(s[i+1:i+3]))
		}
		i += 2
	}
	return b.String()
}

// removeDotSegments applies RFC 3986 dot-segment removal to a path starting with "/".
func removeDotSegments(path string) string {
	var out []string
	for _, seg := range strings.Split(path, "/")[1:] {
		if seg == ".." {
			if len(out) > 0 {
				out = out[:len(out)-1]
			}
		} else if seg != "." {
			out = append(out, seg)
		}
	}
	result := ""
	for _, seg := range out {
		result += "/" + seg
	}
	trailing := strings.HasSuffix(path, "/.") || strings.HasSuffix(path, "/..")
	if result == "" || (trailing && len(out) > 0) {
		result += "/"
	}
	return result
}

func normalizeUrls(urls []string) []string {
	result := make([]string, 0, len(urls))
	for _, url := range urls {
		sep := strings.Index(url, "://")
		scheme, rest := strings.ToLower(url[:sep]), url[sep+3:]
		if i := strings.Index(rest, "#"); i >= 0 {
			rest = rest[:i]
		}
		query := ""
		if i := strings.Index(rest, "?"); i >= 0 {
			query = "?" + fixPercent(rest[i+1:])
			rest = rest[:i]
		}
		authority, path := rest, ""
		if i := strings.Index(rest, "/"); i >= 0 {
			authority, path = rest[:i], rest[i:]
		}
		host, port := authority, ""
		if i := strings.Index(authority, ":"); i >= 0 {
			host, port = authority[:i], authority[i+1:]
		}
		host = strings.ToLower(host)
		if port != "" {
			n, _ := strconv.Atoi(port)
			defaultPort := 443
			if scheme == "http" {
				defaultPort = 80
			}
			if n != defaultPort {
				host += ":" + strconv.Itoa(n)
			}
		}
		if path == "" {
			path = "/"
		} else {
			path = removeDotSegments(fixPercent(path))
		}
		result = append(result, scheme+"://"+host+path+query)
	}
	return result
}
