import (
	"sort"
	"strconv"
)

func joinTables(users [][]string, orders [][]string) [][]string {
	nameOf := make(map[string]string, len(users))
	for _, u := range users {
		nameOf[u[0]] = u[1]
	}
	type row struct {
		uid, oid int
		cells    []string
	}
	rows := []row{}
	for _, o := range orders {
		if name, ok := nameOf[o[1]]; ok {
			uid, _ := strconv.Atoi(o[1])
			oid, _ := strconv.Atoi(o[0])
			rows = append(rows, row{uid, oid, []string{o[1], name, o[0], o[2]}})
		}
	}
	sort.Slice(rows, func(a, b int) bool {
		if rows[a].uid != rows[b].uid {
			return rows[a].uid < rows[b].uid
		}
		return rows[a].oid < rows[b].oid
	})
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r.cells
	}
	return out
}
