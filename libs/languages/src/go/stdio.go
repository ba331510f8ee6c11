package main

import (
	"bufio"
	"fmt"
	"os"
)

var (
	in  = bufio.NewReaderSize(os.Stdin, 1<<20)
	out = bufio.NewWriterSize(os.Stdout, 1<<20)
)

func main() {
	defer out.Flush()

	// Your solution here: read values with fmt.Fscan(in, &x), compute the answer.
	var answer int64

	fmt.Fprintln(out, answer)
}
