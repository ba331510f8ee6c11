import "sort"

type timeVersion struct {
	at    int
	value string
}

type TimeMap struct {
	history map[string][]timeVersion
}

func Constructor() TimeMap {
	return TimeMap{history: map[string][]timeVersion{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	h := this.history[key]
	if n := len(h); n > 0 && h[n-1].at == timestamp {
		h[n-1].value = value
		return
	}
	this.history[key] = append(h, timeVersion{timestamp, value})
}

func (this *TimeMap) Get(key string, timestamp int) string {
	h := this.history[key]
	i := sort.Search(len(h), func(i int) bool { return h[i].at > timestamp })
	if i == 0 {
		return ""
	}
	return h[i-1].value
}
