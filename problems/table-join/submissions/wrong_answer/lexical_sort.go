// Bug: sorts ids as text, so "10" comes before "9".
import "sort"

func joinTables(users [][]string, orders [][]string) [][]string {
	nameOf := make(map[string]string, len(users))
	for _, u := range users {
		nameOf[u[0]] = u[1]
	}
	rows := [][]string{}
	for _, o := range orders {
		if name, ok := nameOf[o[1]]; ok {
			rows = append(rows, []string{o[1], name, o[0], o[2]})
		}
	}
	sort.Slice(rows, func(a, b int) bool {
		if rows[a][0] != rows[b][0] {
			return rows[a][0] < rows[b][0]
		}
		return rows[a][2] < rows[b][2]
	})
	return rows
}
