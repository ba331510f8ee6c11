import (
	"encoding/base64"
	"strings"
)

func jwtIsWs(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func jwtIsObject(b []byte) bool {
	lo, hi := 0, len(b)-1
	for lo <= hi && jwtIsWs(b[lo]) {
		lo++
	}
	for hi >= lo && jwtIsWs(b[hi]) {
		hi--
	}
	return lo <= hi && b[lo] == '{' && b[hi] == '}'
}

func isWellFormedJwt(token string) bool {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p)%4 == 1 {
			return false
		}
		for i := 0; i < len(p); i++ {
			c := p[i]
			if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_') {
				return false
			}
		}
	}
	header, err1 := base64.RawURLEncoding.DecodeString(parts[0])
	payload, err2 := base64.RawURLEncoding.DecodeString(parts[1])
	if err1 != nil || err2 != nil || !jwtIsObject(header) || !jwtIsObject(payload) {
		return false
	}
	h := string(header)
	at := strings.Index(h, `"alg"`)
	if at < 0 {
		return false
	}
	i := at + 5
	for i < len(h) && jwtIsWs(h[i]) {
		i++
	}
	if i >= len(h) || h[i] != ':' {
		return false
	}
	i++
	for i < len(h) && jwtIsWs(h[i]) {
		i++
	}
	if i >= len(h) || h[i] != '"' {
		return false
	}
	end := strings.IndexByte(h[i+1:], '"')
	if end < 0 {
		return false
	}
	return strings.ToLower(h[i+1:i+1+end]) != "none"
}
