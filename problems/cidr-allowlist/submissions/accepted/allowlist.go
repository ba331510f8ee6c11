import (
	"sort"
	"strconv"
	"strings"
)

func ipValue(ip string) int64 {
	var v int64
	for _, part := range strings.Split(ip, ".") {
		n, _ := strconv.Atoi(part)
		v = v<<8 | int64(n)
	}
	return v
}

func checkAllowlist(cidrs []string, ips []string) []bool {
	type block struct{ lo, hi int64 }
	blocks := make([]block, 0, len(cidrs))
	for _, c := range cidrs {
		slash := strings.Index(c, "/")
		bits, _ := strconv.Atoi(c[slash+1:])
		size := int64(1) << (32 - bits) // int64: a /0 block has 2^32 addresses
		lo := ipValue(c[:slash]) &^ (size - 1)
		blocks = append(blocks, block{lo, lo + size - 1})
	}
	sort.Slice(blocks, func(i, j int) bool { return blocks[i].lo < blocks[j].lo })
	var merged []block
	for _, b := range blocks {
		if n := len(merged); n > 0 && b.lo <= merged[n-1].hi+1 {
			if b.hi > merged[n-1].hi {
				merged[n-1].hi = b.hi
			}
		} else {
			merged = append(merged, b)
		}
	}
	out := make([]bool, len(ips))
	for i, ip := range ips {
		v := ipValue(ip)
		// first merged block starting after v; the one before it is the only candidate
		j := sort.Search(len(merged), func(k int) bool { return merged[k].lo > v }) - 1
		out[i] = j >= 0 && v <= merged[j].hi
	}
	return out
}
