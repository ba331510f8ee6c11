import (
	"strconv"
	"strings"
)

type jsonScanner struct{ s string }

func jsonIsWs(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (p *jsonScanner) skipWs(i int) int {
	for i < len(p.s) && jsonIsWs(p.s[i]) {
		i++
	}
	return i
}

func (p *jsonScanner) skipString(i int) int {
	i++
	for p.s[i] != '"' {
		if p.s[i] == '\\' {
			i += 2
		} else {
			i++
		}
	}
	return i + 1
}

func (p *jsonScanner) skipValue(i int) int {
	s := p.s
	if s[i] == '"' {
		return p.skipString(i)
	}
	if s[i] == '{' || s[i] == '[' {
		depth := 0
		for {
			c := s[i]
			if c == '"' {
				i = p.skipString(i)
				continue
			}
			if c == '{' || c == '[' {
				depth++
			} else if c == '}' || c == ']' {
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
	}
	for i < len(s) && !strings.ContainsRune(",]}", rune(s[i])) && !jsonIsWs(s[i]) {
		i++
	}
	return i
}

func jsonPathLookup(document string, path string) string {
	p := &jsonScanner{document}
	s := document
	pos := p.skipWs(0)
	for k := 1; k < len(path); {
		if path[k] == '.' {
			q := k + 1
			for q < len(path) && path[q] != '.' && path[q] != '[' {
				q++
			}
			key := path[k+1 : q]
			k = q
			if s[pos] != '{' {
				return "null"
			}
			i := p.skipWs(pos + 1)
			if s[i] == '}' {
				return "null"
			}
			for {
				i = p.skipWs(i)
				end := p.skipString(i)
				value := p.skipWs(p.skipWs(end) + 1)
				if s[i+1:end-1] == key {
					pos = value
					break
				}
				i = p.skipWs(p.skipValue(value))
				if s[i] == '}' {
					return "null"
				}
				i++
			}
		} else {
			q := k + strings.IndexByte(path[k:], ']')
			target, _ := strconv.Atoi(path[k+1 : q])
			k = q + 1
			if s[pos] != '[' {
				return "null"
			}
			i := p.skipWs(pos + 1)
			if s[i] == ']' {
				return "null"
			}
			for n := 0; ; n++ {
				value := p.skipWs(i)
				if n == target {
					pos = value
					break
				}
				i = p.skipWs(p.skipValue(value))
				if s[i] == ']' {
					return "null"
				}
				i++
			}
		}
	}
	end := p.skipValue(pos)
	var out strings.Builder
	for i := pos; i < end; {
		if s[i] == '"' {
			j := p.skipString(i)
			out.WriteString(s[i:j])
			i = j
		} else {
			if !jsonIsWs(s[i]) {
				out.WriteByte(s[i])
			}
			i++
		}
	}
	return out.String()
}
