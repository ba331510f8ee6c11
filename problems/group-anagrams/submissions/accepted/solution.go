func groupAnagrams(strs []string) [][]string {
	index := map[[26]byte]int{}
	out := [][]string{}
	for _, s := range strs {
		var key [26]byte
		for i := 0; i < len(s); i++ {
			key[s[i]-'a']++
		}
		if i, ok := index[key]; ok {
			out[i] = append(out[i], s)
		} else {
			index[key] = len(out)
			out = append(out, []string{s})
		}
	}
	return out
}
