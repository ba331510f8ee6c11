package main

import (
	"bufio"
	"fmt"
	"os"
)

// Divides integers: the fraction is lost.
func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	var d, h int64
	for i := 0; i < n; i++ {
		var a, b int64
		fmt.Fscan(in, &a, &b)
		d += a
		h += b
	}
	fmt.Println(d / h)
}
