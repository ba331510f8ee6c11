import (
	"strconv"
	"strings"
)

func semverIsNum(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func semverSign(x int) int {
	if x < 0 {
		return -1
	}
	if x > 0 {
		return 1
	}
	return 0
}

func compareVersions(a string, b string) int {
	a = strings.SplitN(a, "+", 2)[0]
	b = strings.SplitN(b, "+", 2)[0]
	ca, pa, hasA := strings.Cut(a, "-")
	cb, pb, hasB := strings.Cut(b, "-")
	na, nb := strings.Split(ca, "."), strings.Split(cb, ".")
	for i := 0; i < 3; i++ {
		x, _ := strconv.Atoi(na[i])
		y, _ := strconv.Atoi(nb[i])
		if x != y {
			return semverSign(x - y)
		}
	}
	if !hasA || !hasB {
		if hasA == hasB {
			return 0
		}
		if !hasA {
			return 1
		}
		return -1
	}
	ia, ib := strings.Split(pa, "."), strings.Split(pb, ".")
	for i := 0; i < len(ia) && i < len(ib); i++ {
		x, y := ia[i], ib[i]
		if x == y {
			continue
		}
		xn, yn := semverIsNum(x), semverIsNum(y)
		if xn && yn {
			u, _ := strconv.Atoi(x)
			v, _ := strconv.Atoi(y)
			return semverSign(u - v)
		}
		if xn != yn {
			if xn {
				return -1
			}
			return 1
		}
		return strings.Compare(x, y)
	}
	return semverSign(len(ia) - len(ib))
}
