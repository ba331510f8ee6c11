// Averages the two middle values with integer division, losing the .5.
import "sort"

type MedianFinder struct {
	vals []int
}

func Constructor() MedianFinder {
	return MedianFinder{}
}

func (this *MedianFinder) AddNum(num int) {
	i := sort.SearchInts(this.vals, num)
	this.vals = append(this.vals, 0)
	copy(this.vals[i+1:], this.vals[i:])
	this.vals[i] = num
}

func (this *MedianFinder) FindMedian() float64 {
	n := len(this.vals)
	if n%2 == 1 {
		return float64(this.vals[n/2])
	}
	return float64((this.vals[n/2-1] + this.vals[n/2]) / 2)
}
