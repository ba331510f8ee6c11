package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<20)
	var n int
	fmt.Fscan(in, &n)
	var sum, v int64
	for i := 0; i < n; i++ {
		fmt.Fscan(in, &v)
		sum += v
	}
	fmt.Println(sum)
}
